/**
 * st.image: an http(s) URL (the browser loads it from there: the CSP's img-src allows any
 * http(s) host on purpose), bytes (stored as the session's media, type sniffed), or an
 * UploadedFile (served straight from its stored bytes). Only raster images: an SVG can
 * carry script.
 */
import { UploadedFile } from "../../files/uploaded-file";
import { isRasterImage, sniffMime } from "../../files/sniff";
import { AuthorError } from "../errors";
import type { Target } from "../target";

export interface ImageOptions {
  caption?: string;
  /** px; default the image's own width, at most the column's */
  width?: number;
}

export interface ImageApi {
  /** @example st.image(file, { caption: "Your upload", width: 300 }); */
  image(src: string | Uint8Array | ArrayBuffer | UploadedFile, opts?: ImageOptions): void;
}

export const imageApi: ImageApi & ThisType<Target> = {
  image(src, opts = {}) {
    if (opts.width !== undefined && !(Number.isFinite(opts.width) && opts.width > 0)) throw new AuthorError("image: width must be a number of pixels above 0.");
    const common = { ...(opts.caption !== undefined ? { caption: String(opts.caption) } : {}), ...(opts.width !== undefined ? { width: opts.width } : {}) };
    if (typeof src === "string") {
      let url: URL;
      try {
        url = new URL(src);
      } catch {
        throw new AuthorError(`image: ${JSON.stringify(src.slice(0, 80))} is not a URL.`);
      }
      if (url.protocol !== "https:" && url.protocol !== "http:") throw new AuthorError("image: a URL must be http(s).");
      this.element("image", { src: url.href, ...common });
      return;
    }
    if (src instanceof UploadedFile) {
      if (!isRasterImage(src.type)) throw new AuthorError(`image: ${src.name} is not an image (${src.type}).`);
      this.element("image", { media: src.fileId, ...common });
      return;
    }
    const props = { ...common };
    const path = this.element("image", props);
    this.ctx.media.add({
      path,
      props,
      data: src,
      what: "image",
      mime: (bytes) => {
        const mime = sniffMime(bytes);
        if (!mime || !isRasterImage(mime)) throw new AuthorError("image: the bytes are not a PNG, JPEG, GIF, WebP or BMP image.");
        return mime;
      },
    });
  },
};
