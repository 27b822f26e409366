/**
 * downloadButton (Streamlit's st.download_button): a link to bytes the session serves from
 * its storage. The data (or the function that makes it, called during the run as Streamlit
 * does) is stored when the page body ends, keyed by its hash. A click downloads without
 * re-running the page (Streamlit's on_click="ignore"), unless `onClick` is given: then the
 * click is also a press, and the button is true for that run.
 */
import type { MediaData } from "../../files/run-media";
import { AuthorError } from "../errors";
import type { Target } from "../target";
import { invalid, type Validate } from "./kind";
import { type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

export type DownloadData = MediaData | (() => MediaData | Promise<MediaData>);

export interface DownloadButtonOptions<A extends unknown[] = unknown[]> extends WidgetOptions {
  /** the name the browser saves it under (default "download") */
  fileName?: string;
  /** its type (default text/plain for a string, application/octet-stream for bytes) */
  mime?: string;
  type?: "primary" | "secondary";
  /** re-runs the page on a click and runs first */
  onClick?: CallbackOptions<A>["onChange"];
  args?: A;
}

export interface DownloadButtonApi {
  /** @example st.downloadButton("Download CSV", csv, { fileName: "data.csv", mime: "text/csv" }); */
  downloadButton<A extends unknown[]>(label: string, data: DownloadData, opts?: DownloadButtonOptions<A>): boolean;
}

const MIME = /^[a-z0-9.+-]+\/[a-z0-9.+-]+(;\s*charset=[a-z0-9_-]+)?$/i;

/** A press, accepted only from a button that re-runs the page (one without onClick sends none). */
export const validateDownload: Validate = (spec, v) =>
  v === true && spec.rerun ? true : invalid(spec.rerun ? "a download button accepts only `true` (a press)" : "this download button does not re-run the page");

export const downloadButtonApi: DownloadButtonApi & ThisType<Target> = {
  downloadButton(label, data, opts = {}) {
    if (this.scope.form !== undefined) throw new AuthorError(`\`downloadButton\` "${label}" can't be used in a form.`);
    const fileName = opts.fileName ?? "download";
    if (typeof fileName !== "string" || fileName === "" || /[\\/]/.test(fileName)) {
      throw new AuthorError(`downloadButton "${label}": fileName must be a name without slashes.`);
    }
    const source = typeof data === "function" ? data() : data;
    const mime = opts.mime ?? (typeof source === "string" ? "text/plain; charset=utf-8" : "application/octet-stream");
    if (!MIME.test(mime)) throw new AuthorError(`downloadButton "${label}": mime ${JSON.stringify(mime)} is not a type like "text/csv".`);
    const rerun = opts.onClick !== undefined;
    const r = registerWidget(this, {
      validate: validateDownload,
      kind: "downloadButton",
      label,
      params: [opts.type ?? "secondary", fileName],
      spec: { rerun },
      initial: false,
      opts,
      callback: callbackOf({ onChange: opts.onClick, args: opts.args }),
      trigger: true,
    });
    const props = { ...r.base, kind: opts.type ?? "secondary", fileName, rerun } as const;
    const path = this.element("downloadButton", props);
    this.ctx.media.add({ path, props, data: source, mime, what: `downloadButton "${label}"` });
    return r.value === true;
  },
};
