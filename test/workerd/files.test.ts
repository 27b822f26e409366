/**
 * Uploads and downloads through the real Worker and session object: the upload route's
 * checks (XSRF, origin, owner, size, type by content), chunked storage that survives the
 * object being reloaded, deletion when the widget forgets a file, and the download route's
 * exact bytes and headers.
 */
import { abortAllDurableObjects, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ServerMsg } from "../../protocol/messages";
import { ORIGIN, newSessionId, type TestClient } from "./client";
import { connect, idleBeyondTtl, stored, stubOf } from "./helpers";
import { accessToken } from "./access-keys";
import { devIdentity, encodeIdentity, IDENTITY_HEADER } from "../../platform/identity";

const TOKEN = "0f".repeat(16);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

interface UploadOptions {
  name?: string;
  origin?: string;
  cookie?: string | null;
  header?: string | null;
  session?: string;
  headers?: Record<string, string>;
}

function upload(c: TestClient, label: string, body: BodyInit, o: UploadOptions = {}): Promise<Response> {
  const widget = c.widget(label).p.id as string;
  const headers: Record<string, string> = { Origin: o.origin ?? ORIGIN, "X-Edgelit-File-Name": encodeURIComponent(o.name ?? "data.csv"), ...o.headers };
  const cookie = o.cookie === undefined ? TOKEN : o.cookie;
  const header = o.header === undefined ? TOKEN : o.header;
  if (cookie !== null) headers.Cookie = `edgelit_xsrf=${cookie}`;
  if (header !== null) headers["X-Edgelit-Xsrf"] = header;
  return exports.default.fetch(`${ORIGIN}/_stcore/upload/${o.session ?? c.session}/${widget}`, { method: "POST", body, headers });
}

/** Every stored key of the session's files (uploads and media, metadata and chunks). */
function fileKeys(session: string): Promise<string[]> {
  return runInDurableObject(stubOf(session), async (_i, state) =>
    [...(await state.storage.list()).keys()].filter((k) => /^(file|filechunk|media|mediachunk):/.test(k)),
  );
}

const uploads = async (session: string) => (await fileKeys(session)).filter((k) => k.startsWith("file"));

function pseudoRandom(size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = 12345;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe("uploads", () => {
  it("accepts a file, and the widget's value names it", async () => {
    const c = await connect("/files");
    const res = await upload(c, "CSV", "a,b\n1,2\n");
    expect(res.status).toBe(200);
    const { id, name, size } = (await res.json()) as { id: string; name: string; size: number };
    expect([name, size]).toEqual(["data.csv", 8]);
    await c.set("CSV", [id]);
    expect(c.texts()).toContain("csv data.csv 8 bytes");
    expect(c.widget("CSV").p.files).toEqual([{ id, name: "data.csv", size: 8 }]);
  });

  it("refuses a file over the widget's maxSize with 413 and stores nothing", async () => {
    const c = await connect("/files");
    const res = await upload(c, "Blob", pseudoRandom(6_000_001), { name: "big.bin" });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toBe("big.bin is too large: files may be at most 6 MB.");
    expect(await uploads(c.session)).toEqual([]);
  });

  it("refuses a file too large even when it does not say its length (streamed), and stores nothing", async () => {
    const c = await connect("/files");
    const big = pseudoRandom(6_500_000);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < big.length; i += 500_000) controller.enqueue(big.slice(i, i + 500_000));
        controller.close();
      },
    });
    const res = await upload(c, "Blob", body, { name: "stream.bin" });
    expect(res.status).toBe(413);
    expect(await uploads(c.session)).toEqual([]);
  });

  it("refuses a PNG renamed to .csv with 415, by its content", async () => {
    const c = await connect("/files");
    const res = await upload(c, "CSV", PNG, { name: "photo.csv" });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: string }).error).toMatch(/photo\.csv: its content is not \.csv text \(it is png\)/);
    expect(await uploads(c.session)).toEqual([]);
    // the session is intact
    await c.set("Hide the uploader", true);
    expect(c.texts()).toContain("no csv");
  });

  it("refuses, with 403 and nothing stored, a request with no XSRF token, a wrong one, from another origin, or to another identity's session", async () => {
    const c = await connect("/files");
    const refusals = [
      await upload(c, "CSV", "a\n", { header: null }),
      await upload(c, "CSV", "a\n", { cookie: null }),
      await upload(c, "CSV", "a\n", { header: "bad".repeat(10) }),
      await upload(c, "CSV", "a\n", { origin: "https://evil.example" }),
      // the same session id under another identity reaches another (ownerless) session object
      await upload(c, "CSV", "a\n", { headers: { "X-Test-Access": "on", "Cf-Access-Jwt-Assertion": await accessToken() } }),
    ];
    // and the session object's own check, should a request under another identity ever reach it
    const widget = c.widget("CSV").p.id as string;
    const direct = await stubOf(c.session).fetch(`${ORIGIN}/_stcore/upload/${c.session}/${widget}`, {
      method: "POST",
      body: "a\n",
      headers: { [IDENTITY_HEADER]: encodeIdentity(devIdentity("mallory@localhost")), "X-Edgelit-File-Name": "data.csv" },
    });
    expect([...refusals, direct].map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect(await uploads(c.session)).toEqual([]);
  });

  it("refuses a session nobody opened", async () => {
    const c = await connect("/files");
    const res = await upload(c, "CSV", "a\n", { session: newSessionId() });
    expect(res.status).toBe(403);
  });

  it("refuses a widget value naming an upload made to another widget", async () => {
    const c = await connect("/files");
    const { id } = (await (await upload(c, "Blob", "x", { name: "x.bin" })).json()) as { id: string };
    const from = c.received.length;
    c.ws.send(JSON.stringify({ t: "widget", id: c.widget("CSV").p.id, v: [id] }));
    const error = await c.next((m): m is Extract<ServerMsg, { t: "error" }> => m.t === "error", from);
    expect(error.message).toMatch(/no upload .* was made to this widget/);
  });

  it("keeps a file when the object is reloaded, and shows it again", async () => {
    const c = await connect("/files");
    const { id } = (await (await upload(c, "CSV", "x,y\n")).json()) as { id: string };
    await c.set("CSV", [id]);
    c.close();
    await stored(c.session);
    await abortAllDurableObjects();
    const again = await connect("/files", c.session);
    expect(again.widget("CSV").p.files).toEqual([{ id, name: "data.csv", size: 4 }]);
    expect(again.texts()).toContain("csv data.csv 4 bytes");
  });

  it("deletes a file when the widget's value forgets it, and when the widget disappears", async () => {
    const c = await connect("/files");
    const first = (await (await upload(c, "CSV", "1\n", { name: "one.csv" })).json()) as { id: string };
    await c.set("CSV", [first.id]);
    const second = (await (await upload(c, "CSV", "2\n", { name: "two.csv" })).json()) as { id: string };
    await c.set("CSV", [second.id]); // a single-file uploader: the new file replaces the old
    expect((await uploads(c.session)).filter((k) => k.startsWith("file:"))).toEqual([`file:${second.id}`]);
    await c.set("CSV", []); // its × button
    expect(await uploads(c.session)).toEqual([]);

    const extra = (await (await upload(c, "Extra", "e", { name: "e.txt" })).json()) as { id: string };
    await c.set("Extra", [extra.id]);
    await c.set("Hide the uploader", true);
    expect(await uploads(c.session)).toEqual([]);
  });

  it("deletes its files when the session expires", async () => {
    const c = await connect("/files");
    const { id } = (await (await upload(c, "CSV", "x\n")).json()) as { id: string };
    await c.set("CSV", [id]);
    expect((await fileKeys(c.session)).length).toBeGreaterThan(0);
    await idleBeyondTtl(c.session);
    expect(await runDurableObjectAlarm(stubOf(c.session))).toBe(true);
    expect(await fileKeys(c.session)).toEqual([]);
  });

  it("stores a 5 MB file in chunks and gives it back byte for byte", async () => {
    const c = await connect("/files");
    const bytes = pseudoRandom(5 * 1024 * 1024 + 17);
    const { id } = (await (await upload(c, "Blob", bytes, { name: "five.bin" })).json()) as { id: string };
    const chunks = (await fileKeys(c.session)).filter((k) => k.startsWith(`filechunk:${id}`));
    expect(chunks.length).toBe(6);
    await c.set("Blob", [id]);
    let sum = 0;
    for (const b of bytes) sum = (sum * 31 + b) >>> 0;
    expect(c.texts()).toContain(`blob ${bytes.length} sum=${sum}`);
  });
});

describe("the XSRF cookie", () => {
  it("is set by the page shell when absent: random, SameSite=Strict, Path=/, Secure over https", async () => {
    const plain = await exports.default.fetch(`${ORIGIN}/files`);
    expect(plain.headers.get("Set-Cookie")).toMatch(/^edgelit_xsrf=[0-9a-f]{64}; Path=\/; SameSite=Strict$/);
    const secure = await exports.default.fetch("https://edgelit.test/files");
    expect(secure.headers.get("Set-Cookie")).toMatch(/^edgelit_xsrf=[0-9a-f]{64}; Path=\/; Secure; SameSite=Strict$/);
    const again = await exports.default.fetch(`${ORIGIN}/files`, { headers: { Cookie: `edgelit_xsrf=${TOKEN}` } });
    expect(again.headers.get("Set-Cookie")).toBeNull();
  });
});

describe("downloads", () => {
  it("replaces the stored data when the page makes other data, dropping what no element names", async () => {
    const c = await connect("/files");
    const media = async () => (await fileKeys(c.session)).filter((k) => k.startsWith("media:"));
    const v1 = (c.widget("Get changing data").p as { media: string }).media;
    expect(await media()).toContain(`media:${v1}`);
    await c.set("Second version", true);
    const v2 = (c.widget("Get changing data").p as { media: string }).media;
    expect(v2).not.toBe(v1);
    expect(await media()).toContain(`media:${v2}`);
    expect(await media()).not.toContain(`media:${v1}`);
    const res = await exports.default.fetch(`${ORIGIN}/_stcore/media/${c.session}/${v2}?name=v.txt`);
    expect(await res.text()).toBe("version 2");
    expect((await exports.default.fetch(`${ORIGIN}/_stcore/media/${c.session}/${v1}`)).status).toBe(404);
  });

  it("serves the exact bytes with an attachment name, the type and nosniff", async () => {
    const c = await connect("/files");
    const button = c.widget("Get report").p as { media: string; fileName: string };
    const res = await exports.default.fetch(`${ORIGIN}/_stcore/media/${c.session}/${button.media}?name=${encodeURIComponent(button.fileName)}`);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new TextEncoder().encode("name,value\nä,1\n"));
    expect(res.headers.get("Content-Type")).toBe("text/csv");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="report _.csv"; filename*=UTF-8''report%20%C3%A4.csv`);
  });

  it("stores the same data once across re-runs, and not for another identity", async () => {
    const c = await connect("/files");
    const media = async () => (await fileKeys(c.session)).filter((k) => k.startsWith("media:"));
    const before = await media();
    await c.set("Hide the uploader", true);
    expect(await media()).toEqual(before);
    const hash = (c.widget("Get report").p as { media: string }).media;
    const other = await exports.default.fetch(`${ORIGIN}/_stcore/media/${c.session}/${hash}`, {
      headers: { "X-Test-Access": "on", "Cf-Access-Jwt-Assertion": await accessToken() },
    });
    expect(other.status).toBe(403);
  });
});

describe("hostile requests to the file routes", () => {
  it("answers bad session ids, refs, widget ids, names, cookies and tokens without a 500; a path in a name is cut to its last part", async () => {
    const c = await connect("/files");
    const widget = c.widget("CSV").p.id as string;
    const sessions = [c.session, "nothex", "A".repeat(32), "0".repeat(200), newSessionId()];
    const names = ["", "%", "%E0%A4%A", "a%00b.csv", "..%2F..%2Fetc%2Fpasswd.csv", "x".repeat(300), "%0D%0AX-Evil%3A%201.csv"];
    const cookies = ["", "edgelit_xsrf=", `edgelit_xsrf=${TOKEN}`, "edgelit_xsrf=%E0%A4%A", `edgelit_xsrf=${TOKEN}; edgelit_xsrf=other`];
    let i = 0;
    const accepted: string[] = [];
    for (const session of sessions) {
      for (const name of names) {
        const cookie = cookies[i++ % cookies.length]!;
        const up = await exports.default.fetch(`${ORIGIN}/_stcore/upload/${session}/${i % 2 ? widget : "w%00"}`, {
          method: "POST",
          body: "a,b\n",
          headers: { Origin: ORIGIN, Cookie: cookie, "X-Edgelit-Xsrf": TOKEN, "X-Edgelit-File-Name": name },
        });
        expect(up.status, `upload ${session.slice(0, 10)} ${name.slice(0, 20)} ${cookie}`).toBeLessThan(500);
        const body = await up.text();
        if (up.status === 200) accepted.push((JSON.parse(body) as { name: string }).name);
        const media = await exports.default.fetch(`${ORIGIN}/_stcore/media/${session}/${i % 2 ? "f".repeat(64) : name}?name=${name}`);
        expect(media.status).toBeLessThan(500);
        await media.arrayBuffer();
      }
    }
    expect(accepted).toEqual(["passwd.csv"]);
    expect((await uploads(c.session)).filter((k) => k.startsWith("file:")).length).toBe(1);
  });
});
