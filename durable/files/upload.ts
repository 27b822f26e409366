/**
 * One upload (POST /_stcore/upload/<session>/<widget>): the raw file as the body, its name
 * in `X-Edgelit-File-Name` (percent-encoded). The session object checks it against the
 * widget as last rendered — size (the app's cap, lowered by the widget's `maxSize`), name
 * and content against its `type` — while the bytes stream into storage chunk by chunk;
 * a refused file leaves nothing stored. The answer is the file's id, which the browser
 * then sends as (part of) the widget's value.
 */
import type { WidgetMeta } from "../st/context";
import { contentMismatch, extensionOf, sniffMime, TextCheck } from "./sniff";
import { CHUNK_BYTES, SESSION_UPLOADS_IN_FILES, type SessionFiles } from "./store";

export const FILE_NAME_HEADER = "X-Edgelit-File-Name";

/** What the widget was rendered with (its `spec`), as fileUploader writes it. */
export interface UploaderSpec {
  /** lower-case extensions with their dot; empty: any file */
  types: string[];
  multiple: boolean;
  /** the widget's own cap, in bytes, if lower than the app's */
  maxBytes?: number;
}

export interface UploadAnswer {
  id: string;
  name: string;
  size: number;
  type: string;
}

class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function receiveUpload(request: Request, widget: string, meta: WidgetMeta | undefined, files: SessionFiles): Promise<Response> {
  let written = 0;
  const id = randomId();
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    if (meta?.kind !== "fileUploader") throw new Refused(404, "There is no file uploader with this id on the page.");
    if (meta.disabled) throw new Refused(409, `The file uploader "${meta.label}" is disabled.`);
    const spec = meta.spec as unknown as UploaderSpec;
    const max = Math.min(files.maxUploadBytes, spec.maxBytes ?? Infinity);
    const name = fileName(request.headers.get(FILE_NAME_HEADER));
    const ext = extensionOf(name);
    if (spec.types.length && !spec.types.includes(ext)) {
      throw new Refused(415, `${name}: ${ext || "a file without an extension"} is not an allowed type (${spec.types.join(", ")}).`);
    }
    const declared = Number(request.headers.get("Content-Length") ?? NaN);
    if (declared > max) throw new Refused(413, tooLarge(name, max));
    const room = files.maxUploadBytes * SESSION_UPLOADS_IN_FILES - files.uploadedBytes();
    if (declared > room) throw new Refused(413, sessionFull(name, files.maxUploadBytes * SESSION_UPLOADS_IN_FILES));
    if (!request.body) throw new Refused(400, `${name}: the request has no body.`);

    const text = new TextCheck();
    let head: Uint8Array | null = null;
    let size = 0;
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const flush = async (all: boolean) => {
      while (pendingBytes >= CHUNK_BYTES || (all && pendingBytes > 0)) {
        const chunk = take(pending, Math.min(CHUNK_BYTES, pendingBytes));
        pendingBytes -= chunk.length;
        head ??= chunk.slice(0, 64);
        await files.putChunk("file", id, written++, chunk);
      }
    };
    reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > max) throw new Refused(413, tooLarge(name, max));
      if (size > room) throw new Refused(413, sessionFull(name, files.maxUploadBytes * SESSION_UPLOADS_IN_FILES));
      text.feed(value);
      pending.push(value);
      pendingBytes += value.length;
      await flush(false);
    }
    await flush(true);
    pending = [];
    const bytesHead = head ?? new Uint8Array(0);
    const mismatch = contentMismatch(ext, bytesHead, text.end());
    if (mismatch) throw new Refused(415, `${name}: ${mismatch}.`);

    const type = sniffMime(bytesHead) ?? declaredType(request.headers.get("Content-Type"));
    await files.commit("file", id, { widget, name, type, size, chunks: written, named: false });
    const answer: UploadAnswer = { id, name, size, type };
    return Response.json(answer);
  } catch (error) {
    await discard(reader ?? request.body?.getReader(), DRAIN_BYTES);
    if (written > 0) await files.drop("file", id, written);
    if (!(error instanceof Refused)) throw error;
    console.warn(`edgelit: upload refused (${error.status}): ${error.message}`);
    return Response.json({ error: error.message }, { status: error.status });
  }
}

/**
 * A refusal reads what is left of the body (up to `limit`, then cancels): answering with
 * the body unread makes the runtime's pipe from the Worker fail, uncaught.
 */
const DRAIN_BYTES = 64 * CHUNK_BYTES;

async function discard(reader: ReadableStreamDefaultReader<Uint8Array> | undefined, limit: number): Promise<void> {
  if (!reader) return;
  try {
    for (let n = 0; n < limit; ) {
      const { done, value } = await reader.read();
      if (done) return;
      n += value.length;
    }
    await reader.cancel();
  } catch {
    // the connection went away: nothing left to discard
  }
}

/** Reads and drops the body of a request refused before it was read (see DRAIN_BYTES). */
export function discardBody(request: Request): Promise<void> {
  return discard(request.body?.getReader(), DRAIN_BYTES);
}

/** 16 random bytes as hex: an upload's id (the widget's value names it). */
export function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

export const FILE_ID = /^[0-9a-f]{32}$/;

function fileName(header: string | null): string {
  let name = "";
  try {
    name = decodeURIComponent(header ?? "");
  } catch {
    throw new Refused(400, "The file name is not valid percent-encoding.");
  }
  // a name, never a path; no control characters (it is shown, and sent back in a header)
  name = name.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (!name || name.length > 255 || /[\u0000-\u001f\u007f]/.test(name)) throw new Refused(400, "The file needs a name of 1 to 255 printable characters.");
  return name;
}

/** The browser's type, if it looks like one (it is only a label: content was checked). */
function declaredType(header: string | null): string {
  const t = (header ?? "").split(";")[0]!.trim().toLowerCase();
  return /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(t) ? t : "application/octet-stream";
}

function sessionFull(name: string, cap: number): string {
  return `${name} does not fit: this session holds at most ${formatBytes(cap)} of uploads at once — remove a file first.`;
}

function tooLarge(name: string, max: number): string {
  return `${name} is too large: files may be at most ${formatBytes(max)}.`;
}

export function formatBytes(n: number): string {
  if (n >= 1e6) return `${Number((n / 1e6).toFixed(1))} MB`;
  if (n >= 1e3) return `${Number((n / 1e3).toFixed(1))} KB`;
  return `${n} B`;
}

/** Takes `n` bytes off the front of a list of pieces (the rest stays in the list). */
function take(pieces: Uint8Array[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  let at = 0;
  while (at < n) {
    const first = pieces[0]!;
    const need = n - at;
    if (first.length <= need) {
      out.set(first, at);
      at += first.length;
      pieces.shift();
    } else {
      out.set(first.subarray(0, need), at);
      pieces[0] = first.subarray(need);
      at = n;
    }
  }
  return out;
}
