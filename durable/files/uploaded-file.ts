/**
 * What fileUploader returns for each file: its name, type and size at once, its bytes only
 * when asked — read from the session's storage then, so a 50 MB upload is not held in
 * memory from run to run.
 */
import type { FileMeta, SessionFiles } from "./store";

export class UploadedFile {
  readonly name: string;
  /** the sniffed type for known binary formats, else the type the browser gave */
  readonly type: string;
  /** bytes */
  readonly size: number;

  /** @internal */
  constructor(
    /** @internal the upload's id (what the widget's value names) */ readonly fileId: string,
    meta: FileMeta,
    private readonly files: SessionFiles,
  ) {
    this.name = meta.name;
    this.type = meta.type;
    this.size = meta.size;
  }

  /** The file's bytes, read from storage. */
  bytes(): Promise<Uint8Array> {
    return this.files.read("file", this.fileId);
  }

  /** The file as UTF-8 text. */
  async text(): Promise<string> {
    return new TextDecoder().decode(await this.bytes());
  }

  toJSON(): { name: string; type: string; size: number } {
    return { name: this.name, type: this.type, size: this.size };
  }
}
