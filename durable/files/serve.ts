/**
 * GET /_stcore/media/<session>/<ref>: a download's or an image's bytes (ref: the 64-hex
 * hash of a media entry) or an uploaded file shown as an image (ref: its 32-hex id). The
 * bytes are exactly what was stored; the type is the one recorded, never guessed by the
 * browser (nosniff), and anything that is not a raster image is served as an attachment,
 * so uploaded or generated content can never run as a page of this origin.
 */
import { isRasterImage } from "./sniff";
import type { SessionFiles } from "./store";
import { FILE_ID } from "./upload";

const HASH = /^[0-9a-f]{64}$/;

export function serveMedia(request: Request, ref: string, files: SessionFiles): Response {
  const space = HASH.test(ref) ? "media" : FILE_ID.test(ref) ? "file" : null;
  const meta = space && files.metaOf(space, ref);
  if (!space || !meta) return new Response("No such file in this session (it may have been replaced or deleted).", { status: 404 });
  const mime = "mime" in meta ? meta.mime : meta.type;
  const name = new URL(request.url).searchParams.get("name") ?? ("name" in meta ? meta.name : "download");
  const inline = !new URL(request.url).searchParams.has("name") && isRasterImage(mime);
  const headers = new Headers({
    "Content-Type": mime,
    "Content-Length": String(meta.size),
    "X-Content-Type-Options": "nosniff",
    "Content-Disposition": `${inline ? "inline" : "attachment"}; ${dispositionName(name)}`,
    // bytes under a ref never change (a hash, or a random id), but the session may drop them
    "Cache-Control": "private, max-age=3600",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  });
  if (request.method === "HEAD") return new Response(null, { headers });
  return new Response(files.stream(space, ref), { headers });
}

/** `filename="ascii fallback"; filename*=UTF-8''…` (RFC 6266), with nothing that breaks the header. */
export function dispositionName(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
