/**
 * A session holds at most ten files' worth of uploads at once (ten times the app's per-file
 * cap): an upload is kept while its uploader is on the page, named or not, so a script
 * posting files must not be able to fill the object's storage. The real upload route's
 * function, over the in-memory storage AppTest uses.
 */
import { describe, expect, it } from "vitest";
import { MemoryKv } from "../../durable/files/kv";
import { SessionFiles } from "../../durable/files/store";
import { FILE_NAME_HEADER, receiveUpload } from "../../durable/files/upload";
import type { WidgetMeta } from "../../durable/st/context";

const uploader: WidgetMeta = { kind: "fileUploader", label: "Files", spec: { types: [], multiple: true } };

function post(name: string, size: number, declared = true): Request {
  const headers: Record<string, string> = { [FILE_NAME_HEADER]: name };
  if (declared) headers["Content-Length"] = String(size);
  return new Request("http://test/_stcore/upload", { method: "POST", body: new Uint8Array(size).fill(65), headers });
}

describe("a session's room for uploads", () => {
  it("takes ten files at the cap, refuses the eleventh with a message, and takes it once one is gone", async () => {
    const files = SessionFiles.empty(new MemoryKv(), 1000); // 1 KB a file: 10 KB a session
    for (let i = 0; i < 10; i++) expect((await receiveUpload(post(`f${i}.txt`, 1000), "w", uploader, files)).status).toBe(200);
    const refused = await receiveUpload(post("f10.txt", 1000), "w", uploader, files);
    expect(refused.status).toBe(413);
    expect(((await refused.json()) as { error: string }).error).toBe("f10.txt does not fit: this session holds at most 10 KB of uploads at once — remove a file first.");
    expect(files.files.size).toBe(10);
    await files.drop("file", [...files.files.keys()][0]!);
    expect((await receiveUpload(post("f10.txt", 1000), "w", uploader, files)).status).toBe(200);
  });

  it("counts a body that does not say its length as it streams", async () => {
    const files = SessionFiles.empty(new MemoryKv(), 1000);
    for (let i = 0; i < 9; i++) await receiveUpload(post(`f${i}.txt`, 1000), "w", uploader, files);
    await receiveUpload(post("half.txt", 500), "w", uploader, files);
    expect((await receiveUpload(post("big.txt", 600, false), "w", uploader, files)).status).toBe(413);
    expect(files.uploadedBytes()).toBe(9500);
  });
});
