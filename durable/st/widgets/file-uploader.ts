/**
 * fileUploader (Streamlit's st.file_uploader): the browser uploads each file first
 * (durable/files/upload.ts checks it and stores it), then sends the widget's value — the
 * list of upload ids it holds — which must name uploads made to this widget. The page gets
 * UploadedFile objects whose bytes stay in storage until read.
 */
import type { WireValue } from "../../../protocol/elements";
import { UploadedFile } from "../../files/uploaded-file";
import { FILE_ID, type UploaderSpec } from "../../files/upload";
import type { SessionFiles } from "../../files/store";
import { AuthorError } from "../errors";
import type { Target } from "../target";
import { invalid, type Validate } from "./kind";
import { type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

export interface FileUploaderOptions<A extends unknown[] = unknown[]> extends WidgetOptions, CallbackOptions<A> {
  /** allowed extensions: "csv", ".csv", ["png", "jpg"] (jpg and jpeg allow each other); default any */
  type?: string | string[];
  /** several files (the value is a list) */
  multiple?: boolean;
  /** the largest file accepted, in MB (it can only lower the app's UPLOAD_MAX_MB, default 50) */
  maxSize?: number;
}

export interface FileUploaderApi {
  /** @example const files = st.fileUploader("Choose CSV files", { type: "csv", multiple: true }); */
  fileUploader<A extends unknown[] = unknown[]>(label: string, opts: FileUploaderOptions<A> & { multiple: true }): UploadedFile[];
  fileUploader<A extends unknown[] = unknown[]>(label: string, opts?: FileUploaderOptions<A>): UploadedFile | null;
}

/** A value from the browser: a list of distinct upload ids, at most one unless `multiple`. */
export const validateFiles: Validate = (spec, v) => {
  if (!Array.isArray(v) || !v.every((id) => typeof id === "string" && FILE_ID.test(id))) return invalid("expected a list of upload ids");
  if (new Set(v).size !== v.length) return invalid("an upload is named twice");
  if (!spec.multiple && v.length > 1) return invalid("this uploader takes one file");
  return v;
};

/** Refuses a value naming an upload that was not made to this widget (or is gone): the reason, or null. */
export function unknownUpload(files: SessionFiles, widget: string, v: WireValue): string | null {
  const missing = (v as string[]).find((id) => files.metaOf("file", id)?.widget !== widget);
  return missing === undefined ? null : `no upload ${missing.slice(0, 8)}… was made to this widget`;
}

export function normalizeTypes(type: string | string[] | undefined, label: string): string[] {
  const list = type === undefined ? [] : [type].flat();
  const out = new Set<string>();
  for (const t of list) {
    if (typeof t !== "string" || !/^\.?[a-z0-9][a-z0-9_+-]*$/i.test(t)) {
      throw new AuthorError(`fileUploader "${label}": type ${JSON.stringify(t)} is not a file extension like "csv" or ".png".`);
    }
    const ext = `.${t.replace(/^\./, "").toLowerCase()}`;
    out.add(ext);
    if (ext === ".jpg") out.add(".jpeg");
    if (ext === ".jpeg") out.add(".jpg");
  }
  return [...out];
}

export const fileUploaderApi: FileUploaderApi & ThisType<Target> = {
  fileUploader(label: string, opts: FileUploaderOptions = {}) {
    const types = normalizeTypes(opts.type, label);
    const multiple = opts.multiple === true;
    if (opts.maxSize !== undefined && !(typeof opts.maxSize === "number" && opts.maxSize > 0)) {
      throw new AuthorError(`fileUploader "${label}": maxSize is in MB and must be above 0.`);
    }
    const { files } = this.ctx.stores;
    const maxBytes = Math.min(files.maxUploadBytes, opts.maxSize !== undefined ? Math.round(opts.maxSize * 1e6) : Infinity);
    const spec: UploaderSpec = { types, multiple, ...(maxBytes < files.maxUploadBytes ? { maxBytes } : {}) };
    const r = registerWidget(this, {
      validate: validateFiles,
      kind: "fileUploader",
      label,
      params: [types, multiple],
      spec: spec as unknown as Record<string, unknown>,
      initial: [],
      opts,
      callback: callbackOf(opts),
    });
    // an upload deleted meanwhile (or a stored value from before) is simply not there
    const held = (v: WireValue) => (v as string[]).filter((id) => files.metaOf("file", id)?.widget === r.id);
    const shown = held(r.shown);
    this.element("fileUploader", {
      ...r.base,
      value: shown,
      files: shown.map((id) => {
        const meta = files.metaOf("file", id)!;
        return { id, name: meta.name, size: meta.size };
      }),
      types,
      multiple,
      maxBytes,
    });
    const uploaded = held(r.value).map((id) => new UploadedFile(id, files.metaOf("file", id)!, files));
    return multiple ? uploaded : (uploaded[0] ?? null);
  },
} as FileUploaderApi & ThisType<Target>;
