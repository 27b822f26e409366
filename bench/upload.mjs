/**
 * Upload throughput: a 20 MB file POSTed to the upload route of a live session (as the
 * browser does: XSRF cookie and header, same Origin), then the widget's value sent over the
 * socket and the page's run that reads the whole file back from storage. Prints the median
 * of a few runs: MB/s of the upload itself, and the time from the first byte sent to the
 * page showing the file.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { percentile } from "./stats.mjs";
import { BenchClient } from "./ws-client.mjs";

const RUNS = Number(process.env.BENCH_UPLOAD_RUNS ?? 5);
const SIZE = Number(process.env.BENCH_UPLOAD_MB ?? 20) * 1e6;
const isDone = (f) => f.msg?.t === "done" && f.msg.status === undefined;

async function once(url, bytes) {
  const c = await BenchClient.session(url, "/_bench/upload");
  await c.next(isDone, 0, 60_000);
  const op = c.frames.flatMap((f) => f.msg?.ops ?? []).find((o) => o[0] === "s" && o[2].k === "fileUploader");
  const widget = op[2].p.id;
  const session = new URL(c.ws.url).searchParams.get("session");
  const token = randomBytes(16).toString("hex");
  const t0 = performance.now();
  const res = await fetch(`${url}/_stcore/upload/${session}/${widget}`, {
    method: "POST",
    body: bytes,
    headers: { Origin: url, Cookie: `edgelit_xsrf=${token}`, "X-Edgelit-Xsrf": token, "X-Edgelit-File-Name": "bench.bin" },
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`upload refused: ${res.status} ${body.error}`);
  const uploaded = performance.now() - t0;
  const from = c.frames.length;
  c.send({ t: "widget", id: widget, v: [body.id], n: 1 });
  await c.next((f) => isDone(f) && f.text.includes(`read ${bytes.length} bytes`), from, 120_000);
  const shown = performance.now() - t0;
  c.close();
  return { uploaded, shown };
}

export async function uploadBench(url) {
  const bytes = randomBytes(SIZE);
  await once(url, bytes.subarray(0, 1e6)); // warm-up: the isolate and the storage path
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(url, bytes));
  const up = percentile(runs.map((r) => r.uploaded), 50);
  const shown = percentile(runs.map((r) => r.shown), 50);
  console.log(`Upload of a ${SIZE / 1e6} MB file (wrangler dev, loopback; median of ${RUNS})`);
  console.log(`  upload route (streamed into 1 MiB chunks in storage)  ${(up / 1000).toFixed(2)} s   ${((SIZE / 1e6) / (up / 1000)).toFixed(1)} MB/s`);
  console.log(`  first byte sent → the page's run that read it all has drawn  ${(shown / 1000).toFixed(2)} s`);
  console.log(`  each run: ${runs.map((r) => `${(r.uploaded / 1000).toFixed(2)}/${(r.shown / 1000).toFixed(2)} s`).join(", ")}`);
}

// `node bench/upload.mjs` runs it alone against its own dev server
if (import.meta.url === `file://${process.argv[1]}`) {
  const { startDevServer } = await import("../scripts/dev-server.mjs");
  const server = await startDevServer({ config: "bench/wrangler.toml" });
  try {
    await uploadBench(server.url);
  } finally {
    await server.stop();
  }
}
