/**
 * AppTest's handles for files: a file uploader takes an upload through the same checks a
 * browser's upload passes in the session (durable/files/upload.ts: size, type by name and
 * content) and then sends the widget's value; a download button gives the exact bytes the
 * session would serve.
 */
import type { Node } from "../../protocol/tree";
import { FILE_NAME_HEADER, receiveUpload, type UploadAnswer } from "../files/upload";
import type { SessionFiles } from "../files/store";
import type { WidgetMeta } from "../st/context";
import type { WidgetHandle, WidgetInput } from "./widget-handle";

export interface TestFile {
  name: string;
  /** the type the "browser" declares (default application/octet-stream) */
  type?: string;
  bytes: Uint8Array | string;
}

export class FileUploaderHandle {
  constructor(
    private readonly node: Node,
    private readonly at: { run(): Promise<unknown> },
    private readonly files: SessionFiles,
    private readonly meta: (id: string) => WidgetMeta | undefined,
    private readonly input: WidgetInput,
  ) {}

  get label(): string {
    return this.node.p.label as string;
  }

  /** the names of the files it holds, as the browser lists them */
  get fileNames(): string[] {
    return (this.node.p.files as { name: string }[]).map((f) => f.name);
  }

  get disabled(): boolean {
    return this.node.p.disabled === true;
  }

  /**
   * Uploads the files (throws the session's message when one is refused: nothing is then
   * sent), then gives the widget its new value: the uploads it held plus these (only the
   * last, for a single-file uploader). `await at.run()` afterwards runs the page.
   */
  async upload(...files: TestFile[]): Promise<this> {
    const { id } = this.node.p as { id: string };
    const ids: string[] = [];
    for (const file of files) {
      const bytes = typeof file.bytes === "string" ? new TextEncoder().encode(file.bytes) : file.bytes;
      const request = new Request("http://apptest/_stcore/upload", {
        method: "POST",
        body: bytes,
        headers: { [FILE_NAME_HEADER]: encodeURIComponent(file.name), "Content-Type": file.type ?? "application/octet-stream", "Content-Length": String(bytes.length) },
      });
      const res = await receiveUpload(request, id, this.meta(id), this.files);
      const body = (await res.json()) as UploadAnswer & { error?: string };
      if (!res.ok) throw new Error(`AppTest: the upload of ${file.name} was refused: ${body.error}`);
      ids.push(body.id);
    }
    const held = this.node.p.value as string[];
    return this.send(this.node.p.multiple ? [...held, ...ids] : ids.slice(-1));
  }

  /** Removes a held file by name (the × button). */
  remove(name: string): this {
    const files = this.node.p.files as { id: string; name: string }[];
    const file = files.find((f) => f.name === name);
    if (!file) throw new Error(`AppTest: fileUploader "${this.label}" holds no ${name} (it holds: ${files.map((f) => f.name).join(", ") || "nothing"}).`);
    return this.send((this.node.p.value as string[]).filter((x) => x !== file.id));
  }

  run(): Promise<unknown> {
    return this.at.run();
  }

  private send(value: string[]): this {
    const { id, form } = this.node.p as { id: string; form?: string };
    if (form !== undefined) this.input.hold(form, id, value);
    else this.input.give({ t: "widget", id, v: value });
    return this;
  }
}

export class DownloadHandle {
  constructor(
    private readonly node: Node,
    private readonly files: SessionFiles,
    private readonly press: WidgetHandle,
  ) {}

  get label(): string {
    return this.node.p.label as string;
  }

  get fileName(): string {
    return this.node.p.fileName as string;
  }

  /** the type it is served with */
  get mime(): string | undefined {
    return this.files.media.get(this.node.p.media as string)?.mime;
  }

  /** the bytes a click downloads */
  bytes(): Promise<Uint8Array> {
    return this.files.read("media", this.node.p.media as string);
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(await this.bytes());
  }

  /** A click that re-runs the page (only a button given onClick sends one; others throw, as the session refuses them). */
  click(): WidgetHandle {
    return this.press.click();
  }
}
