/**
 * The session's files in its own storage: uploads (by a random id, for one widget) and
 * media (download data and image bytes, keyed by a hash of their type and content, so a
 * re-run with the same data stores nothing new). Bytes go in 1 MiB chunks (a stored value
 * is capped at 2 MB); what each file is (name, type, size, chunk count) is kept in memory
 * too, so checks during a run need no storage read. Bytes are read only when asked for.
 */
import { inBatches } from "../storage-limits";
import type { FileKv } from "./kv";

/** An uploaded file, as stored. */
export interface FileMeta {
  /** the widget it was uploaded to */
  widget: string;
  name: string;
  type: string;
  size: number;
  chunks: number;
  /** the widget's value has named it: from now on, dropping it from the value deletes it */
  named: boolean;
}

/** Download or image bytes, as stored. */
export interface MediaMeta {
  mime: string;
  size: number;
  chunks: number;
}

export type FileSpace = "file" | "media";

export const CHUNK_BYTES = 1 << 20;
/** the default per-file upload cap (wrangler.toml's UPLOAD_MAX_MB overrides it) */
export const DEFAULT_UPLOAD_MAX_MB = 50;

/**
 * What one session may hold in uploads at once, in files at the cap: an upload is kept while
 * its uploader is on the page even before a value names it, so without a bound a script
 * posting files could fill the object's storage.
 */
export const SESSION_UPLOADS_IN_FILES = 10;
const META = { file: "file:", media: "media:" } as const;
const CHUNKS = { file: "filechunk:", media: "mediachunk:" } as const;

export class SessionFiles {
  private constructor(
    private readonly kv: FileKv,
    readonly files: Map<string, FileMeta>,
    readonly media: Map<string, MediaMeta>,
    /** the largest upload accepted, in bytes, before a widget's own `maxSize` */
    readonly maxUploadBytes: number,
  ) {}

  static async load(kv: FileKv, maxUploadBytes = DEFAULT_UPLOAD_MAX_MB * 1e6): Promise<SessionFiles> {
    const strip = <T>(m: Map<string, T>, prefix: string) => new Map([...m].map(([k, v]) => [k.slice(prefix.length), v]));
    const files = strip(await kv.list<FileMeta>({ prefix: META.file }), META.file);
    const media = strip(await kv.list<MediaMeta>({ prefix: META.media }), META.media);
    return new SessionFiles(kv, files, media, maxUploadBytes);
  }

  /** A store with nothing in it yet (AppTest's, in memory). */
  static empty(kv: FileKv, maxUploadBytes = DEFAULT_UPLOAD_MAX_MB * 1e6): SessionFiles {
    return new SessionFiles(kv, new Map(), new Map(), maxUploadBytes);
  }

  /** Bytes of every upload held now. */
  uploadedBytes(): number {
    let total = 0;
    for (const meta of this.files.values()) total += meta.size;
    return total;
  }

  /** Stores one chunk of a file being written (its meta comes last, with `commit`). */
  async putChunk(space: FileSpace, id: string, index: number, bytes: Uint8Array): Promise<void> {
    await this.kv.put({ [chunkKey(space, id, index)]: bytes });
  }

  /** Makes a file whose chunks are stored known (its meta is what makes it exist). */
  async commit(space: "file", id: string, meta: FileMeta): Promise<void>;
  async commit(space: "media", id: string, meta: MediaMeta): Promise<void>;
  async commit(space: FileSpace, id: string, meta: FileMeta | MediaMeta): Promise<void> {
    await this.kv.put({ [META[space] + id]: meta });
    if (space === "file") this.files.set(id, meta as FileMeta);
    else this.media.set(id, meta as MediaMeta);
  }

  /** Stores bytes whole (media made by a run). */
  async putMedia(hash: string, bytes: Uint8Array, mime: string): Promise<void> {
    if (this.media.has(hash)) return;
    const chunks = Math.ceil(bytes.length / CHUNK_BYTES);
    for (let i = 0; i < chunks; i++) await this.putChunk("media", hash, i, bytes.subarray(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES));
    await this.commit("media", hash, { mime, size: bytes.length, chunks });
  }

  /** A file's bytes, read from storage now. */
  async read(space: FileSpace, id: string): Promise<Uint8Array> {
    const meta = this.metaOf(space, id);
    if (!meta) throw new Error(`The ${space === "file" ? "uploaded file" : "media"} ${id.slice(0, 12)}… is no longer stored.`);
    const out = new Uint8Array(meta.size);
    let at = 0;
    for (const keys of inBatches(chunkKeys(space, id, 0, meta.chunks))) {
      const got = await this.kv.get<Uint8Array | ArrayBuffer>(keys);
      for (const k of keys) {
        const chunk = toBytes(got.get(k));
        out.set(chunk, at);
        at += chunk.length;
      }
    }
    if (at !== meta.size) throw new Error(`Stored ${space} ${id.slice(0, 12)}… is incomplete (${at} of ${meta.size} bytes).`);
    return out;
  }

  /** A file's bytes as a stream, one chunk in memory at a time. */
  stream(space: FileSpace, id: string): ReadableStream<Uint8Array> {
    const meta = this.metaOf(space, id);
    let next = 0;
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        if (!meta || next >= meta.chunks) return controller.close();
        const key = chunkKey(space, id, next++);
        controller.enqueue(toBytes((await this.kv.get<Uint8Array | ArrayBuffer>([key])).get(key)));
      },
    });
  }

  metaOf(space: "file", id: string): FileMeta | undefined;
  metaOf(space: FileSpace, id: string): FileMeta | MediaMeta | undefined;
  metaOf(space: FileSpace, id: string): FileMeta | MediaMeta | undefined {
    return space === "file" ? this.files.get(id) : this.media.get(id);
  }

  /** Deletes files (and any chunks of a write that failed: pass how many were written). */
  async drop(space: FileSpace, id: string, chunks = this.metaOf(space, id)?.chunks ?? 0): Promise<void> {
    for (const keys of inBatches([META[space] + id, ...chunkKeys(space, id, 0, chunks)])) await this.kv.delete(keys);
    if (space === "file") this.files.delete(id);
    else this.media.delete(id);
  }

  /**
   * After a run: uploads whose widget is gone, or that its value named and no longer
   * names, are deleted (an upload not yet named is kept while its widget is there: its
   * value may still be on its way, or waiting in a form); media no element names is deleted.
   */
  async collect(widgets: Record<string, unknown>, present: (widget: string) => boolean, mediaInUse: ReadonlySet<string>): Promise<void> {
    for (const [id, meta] of [...this.files]) {
      const value = widgets[meta.widget];
      const named = Array.isArray(value) && value.includes(id);
      if (!present(meta.widget) || (meta.named && !named)) await this.drop("file", id);
      else if (named && !meta.named) await this.commit("file", id, { ...meta, named: true });
    }
    for (const hash of [...this.media.keys()]) if (!mediaInUse.has(hash)) await this.drop("media", hash);
  }

  /** Deletes every file (the session expired). */
  async dropAll(): Promise<void> {
    for (const id of [...this.files.keys()]) await this.drop("file", id);
    for (const hash of [...this.media.keys()]) await this.drop("media", hash);
  }
}

function chunkKey(space: FileSpace, id: string, index: number): string {
  return `${CHUNKS[space]}${id}:${index}`;
}

function chunkKeys(space: FileSpace, id: string, from: number, to: number): string[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => chunkKey(space, id, from + i));
}

function toBytes(v: Uint8Array | ArrayBuffer | undefined): Uint8Array {
  if (v === undefined) throw new Error("A stored chunk is missing.");
  return v instanceof Uint8Array ? v : new Uint8Array(v);
}
