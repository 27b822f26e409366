/**
 * st.fileUploader, drawn (its own chunk, loaded by view/widgets/file-uploader.ts): a drop zone with a "Browse files" button (the keyboard's way in), the
 * files it holds, each with a remove button, and uploads in progress with their progress.
 * Each file is uploaded first (wire/upload.ts); when every chosen file has an answer, the
 * widget's value — the upload ids it holds — is committed (sent, or held by its form).
 * A refused file shows the server's message here and changes nothing.
 */
import { useId, useRef, useState } from "preact/hooks";
import type { ElementProps, UploadedFileInfo } from "../../protocol/elements";
import { uploadFile } from "../wire/upload";
import { html } from "../view/html";
import { useWidget } from "../view/use-widget";
import type { ViewProps } from "../view/view-props";

interface InFlight {
  key: number;
  name: string;
  loaded: number;
  total: number;
}

let nextKey = 0;

export function FileUploader({ props }: ViewProps<ElementProps["fileUploader"]>) {
  const w = useWidget(props);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [flying, setFlying] = useState<InFlight[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  // names of files uploaded here whose ids the server has not yet rendered
  const local = useRef(new Map<string, UploadedFileInfo>());
  const known = new Map(props.files.map((f) => [f.id, f]));
  const held = w.value.map((fid) => known.get(fid) ?? local.current.get(fid)).filter((f): f is UploadedFileInfo => !!f);

  const take = async (list: FileList | null) => {
    if (!list || list.length === 0 || w.disabled) return;
    const chosen = props.multiple ? [...list] : [list[0]!];
    setErrors([]);
    const refused: string[] = [];
    const uploads = chosen.map(async (file) => {
      // the server checks again (and by content); these only spare sending what it would refuse
      const early = refusal(file, props.types, props.maxBytes);
      if (early) {
        refused.push(early);
        return null;
      }
      const key = nextKey++;
      setFlying((f) => [...f, { key, name: file.name, loaded: 0, total: file.size }]);
      try {
        const done = await uploadFile(props.id, file, (loaded, total) =>
          setFlying((f) => f.map((x) => (x.key === key ? { ...x, loaded, total } : x))),
        );
        local.current.set(done.id, done);
        return done.id;
      } catch (error) {
        refused.push((error as Error).message);
        return null;
      } finally {
        setFlying((f) => f.filter((x) => x.key !== key));
      }
    });
    const ids = (await Promise.all(uploads)).filter((x): x is string => x !== null);
    setErrors(refused);
    if (ids.length) w.commit(props.multiple ? [...w.value, ...ids] : [ids[ids.length - 1]!]);
  };

  const limit = [`Limit ${formatBytes(props.maxBytes)} per file`, props.types.length ? props.types.map((t) => t.slice(1).toUpperCase()).join(", ") : ""]
    .filter(Boolean)
    .join(" • ");
  return html`<div class="el-widget el-uploader" data-testid="stFileUploader" title=${props.help}>
    <label class="el-label" id=${`${id}-label`} for=${id}>${props.label}</label>
    <div
      role="group"
      aria-labelledby=${`${id}-label`}
      class=${`el-dropzone${over ? " el-dropzone-over" : ""}${w.disabled ? " el-dropzone-disabled" : ""}`}
      data-testid="stFileUploaderDropzone"
      onDragOver=${(e: DragEvent) => {
        e.preventDefault();
        if (!w.disabled) setOver(true);
      }}
      onDragLeave=${() => setOver(false)}
      onDrop=${(e: DragEvent) => {
        e.preventDefault();
        setOver(false);
        void take(e.dataTransfer?.files ?? null);
      }}
    >
      <div class="el-dropzone-text">
        <span>Drag and drop ${props.multiple ? "files" : "file"} here</span>
        <small class="el-caption">${limit}</small>
      </div>
      <button type="button" class="el-btn el-btn-secondary" disabled=${w.disabled} onClick=${() => input.current?.click()}>Browse files</button>
      <input
        ref=${input}
        id=${id}
        class="el-hidden-input"
        type="file"
        tabindex="-1"
        multiple=${props.multiple}
        accept=${props.types.join(",") || undefined}
        disabled=${w.disabled}
        onChange=${(e: Event) => {
          const el = e.currentTarget as HTMLInputElement;
          void take(el.files).finally(() => (el.value = ""));
        }}
      />
    </div>
    <ul class="el-files">
      ${flying.map(
        (f) => html`<li key=${`u${f.key}`} class="el-file" data-testid="stFileUploaderUpload">
          <span class="el-file-name">${f.name}</span>
          <progress max=${f.total || 1} value=${f.loaded} aria-label=${`Uploading ${f.name}`}></progress>
          <small class="el-caption">${Math.round((100 * f.loaded) / (f.total || 1))}%</small>
        </li>`,
      )}
      ${errors.map((message) => html`<li class="el-file el-file-error" role="alert" data-testid="stFileUploaderFileErrorMessage">${message}</li>`)}
      ${held.map(
        (f) => html`<li key=${f.id} class="el-file" data-testid="stFileUploaderFile">
          <span class="el-file-name" data-testid="stFileUploaderFileName">${f.name}</span>
          <small class="el-caption">${formatBytes(f.size)}</small>
          <button
            type="button"
            class="el-clear"
            aria-label=${`Remove ${f.name}`}
            data-testid="stFileUploaderDeleteBtn"
            disabled=${w.disabled}
            onClick=${() => w.commit(w.value.filter((x) => x !== f.id))}
          >×</button>
        </li>`,
      )}
    </ul>
  </div>`;
}

/** The server's own words for a file it would refuse by name or size (durable/files/upload.ts). */
function refusal(file: File, types: string[], maxBytes: number): string | null {
  const dot = file.name.lastIndexOf(".");
  const ext = dot > 0 ? file.name.slice(dot).toLowerCase() : "";
  if (types.length && !types.includes(ext)) return `${file.name}: ${ext || "a file without an extension"} is not an allowed type (${types.join(", ")}).`;
  if (file.size > maxBytes) return `${file.name} is too large: files may be at most ${formatBytes(maxBytes).replace(/(\d)([KM]?B)$/, "$1 $2")}.`;
  return null;
}

function formatBytes(n: number): string {
  if (n >= 1e6) return `${Number((n / 1e6).toFixed(1))}MB`;
  if (n >= 1e3) return `${Number((n / 1e3).toFixed(1))}KB`;
  return `${n}B`;
}
