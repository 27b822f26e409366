/**
 * `npm run bench`: prints figures, asserts nothing (this machine is shared and noisy).
 *
 *  1. The temperature page: 200 slider interactions through a WebSocket against
 *     `wrangler dev` — latency from send to the run's `done` (p50/p90/p99/max) and the bytes
 *     received per interaction.
 *  2. The floor: the same round trip to a bare echo Durable Object, in the same run.
 *  3. The client JS a page without charts loads, gzipped.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { startDevServer } from "../scripts/dev-server.mjs";
import { clientSizes } from "./client-size.mjs";
import { ms, summary } from "./stats.mjs";
import { BenchClient } from "./ws-client.mjs";

const N = Number(process.env.BENCH_N ?? 200);
const WARMUP = 10;
/**
 * Pause between interactions: a person dragging a slider produces an event every frame at
 * most (~16 ms). Back-to-back sends would instead measure each send waiting for the
 * previous run's storage write. Both the page and the floor get the same pause.
 */
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 10);
const pause = () => new Promise((r) => setTimeout(r, GAP_MS));
/** Streamlit 1.62 re-sends every element: ~645 bytes per slider move on this demo (DESIGN.md). */
const STREAMLIT_BYTES = 645;

const isDone = (f) => f.msg?.t === "done";

async function temperaturePage(url) {
  const c = await BenchClient.session(url, "/");
  const first = await c.next(isDone);
  const sliderOp = first.frame.msg.ops.find((op) => op[0] === "s" && op[2].k === "slider");
  if (!sliderOp) throw new Error("no slider in the first run of the temperature page");
  const id = sliderOp[2].p.id;
  let value = sliderOp[2].p.value;
  let seed = 7;
  const nextValue = () => {
    let v;
    do {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      v = -20 + (seed % 71);
    } while (v === value);
    return (value = v);
  };
  const latencies = [];
  const bytes = [];
  let sample = null;
  for (let i = 0; i < WARMUP + N; i++) {
    await pause();
    const from = c.frames.length;
    const t0 = performance.now();
    c.send({ t: "widget", id, v: nextValue() });
    const { frame, index } = await c.next((f) => isDone(f) && f.msg.status === "ok", from);
    const t1 = performance.now();
    if (i < WARMUP) continue;
    latencies.push(t1 - t0);
    bytes.push(c.frames.slice(from, index + 1).reduce((sum, f) => sum + f.bytes, 0));
    if (i === WARMUP + Math.floor(N / 2)) sample = c.frames.slice(from, index + 1).map((f) => f.text);
    void frame;
  }
  c.close();
  return { latencies, bytes, sample };
}

async function echoFloor(url) {
  const ws = url.replace(/^http/, "ws");
  const c = await BenchClient.open(`${ws}/_bench/echo?id=${Date.now().toString(16)}`, url);
  const latencies = [];
  for (let i = 0; i < WARMUP + N; i++) {
    await pause();
    const msg = JSON.stringify({ t: "widget", id: "w1q2w3e4r5t6y", v: i % 71 });
    const from = c.frames.length;
    const t0 = performance.now();
    c.send(msg);
    await c.next((f) => f.text === msg, from);
    if (i >= WARMUP) latencies.push(performance.now() - t0);
  }
  c.close();
  return latencies;
}

function printLatency(title, s) {
  console.log(`${title.padEnd(28)} p50 ${ms(s.p50)}   p90 ${ms(s.p90)}   p99 ${ms(s.p99)}   max ${ms(s.max)}   (n=${s.n})`);
}

async function main() {
  const cpus = os.cpus();
  console.log(`edgelit bench — ${new Date().toISOString()}`);
  console.log(`node ${process.version} · ${cpus[0]?.model ?? "cpu"} × ${cpus.length} · shared, noisy machine: compare ratios, not absolutes`);
  console.log(`${N} interactions after ${WARMUP} warm-ups, ${GAP_MS} ms apart (BENCH_N, BENCH_GAP_MS)\n`);

  const server = await startDevServer({ config: "bench/wrangler.toml" });
  try {
    const page = await temperaturePage(server.url);
    const echo = await echoFloor(server.url);
    const p = summary(page.latencies);
    const e = summary(echo);
    const b = summary(page.bytes);

    console.log("Latency, send → run finished (wrangler dev, loopback)");
    printLatency("temperature page (slider)", p);
    printLatency("echo Durable Object (floor)", e);
    console.log(`${"ratio page / floor".padEnd(28)} p50 ${(p.p50 / e.p50).toFixed(2)}×   p99 ${(p.p99 / e.p99).toFixed(2)}×\n`);

    console.log("Bytes received per interaction (all frames from send to done)");
    console.log(`  median ${b.p50} B   p99 ${b.p99} B   max ${b.max} B`);
    console.log(`  Streamlit 1.62 reference (DESIGN.md, not measured here): ~${STREAMLIT_BYTES} B → edgelit median is ${((b.p50 / STREAMLIT_BYTES) * 100).toFixed(0)}% of it`);
    console.log("  one typical interaction, as sent:");
    for (const text of page.sample ?? []) console.log(`    ${text}`);
    console.log();
  } finally {
    await server.stop();
  }

  const { eager, lazy } = clientSizes();
  console.log("Client JS a page without charts loads (gzip default / level 9)");
  for (const f of eager) console.log(`  ${f.file.padEnd(34)} ${String(f.raw).padStart(7)} B raw  ${String(f.gzip).padStart(6)} B gz  ${String(f.gzip9).padStart(6)} B gz9`);
  const total = eager.reduce((t, f) => ({ gzip: t.gzip + f.gzip, gzip9: t.gzip9 + f.gzip9, raw: t.raw + f.raw }), { gzip: 0, gzip9: 0, raw: 0 });
  console.log(`  ${"total".padEnd(34)} ${String(total.raw).padStart(7)} B raw  ${String(total.gzip).padStart(6)} B gz  ${String(total.gzip9).padStart(6)} B gz9`);
  console.log("Loaded only by pages with a chart:");
  for (const f of lazy) console.log(`  ${f.file.padEnd(34)} ${String(f.raw).padStart(7)} B raw  ${String(f.gzip).padStart(6)} B gz  ${String(f.gzip9).padStart(6)} B gz9`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
