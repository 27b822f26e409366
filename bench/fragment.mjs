/**
 * Bytes per fragment rerun vs a full rerun of the same page: the dashboard of
 * bench/pages.ts with its slider inside a fragment (`/_bench/fragment`) and outside one
 * (`/_bench/full`). Each slider move is one interaction; prints the medians of the bytes
 * received from send to the run's `done`, and of the latency. Run alone with
 * `node bench/fragment.mjs` (starts its own wrangler dev) or from bench/run.mjs.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { startDevServer } from "../scripts/dev-server.mjs";
import { ms, summary } from "./stats.mjs";
import { BenchClient, findNode } from "./ws-client.mjs";

const N = Number(process.env.BENCH_FRAGMENT_N ?? 100);
const WARMUP = Number(process.env.BENCH_FRAGMENT_WARMUP ?? 30);
const isDone = (f) => f.msg?.t === "done" && f.msg.status === undefined;

async function moves(url, path) {
  const c = await BenchClient.session(url, path);
  const hello = await c.next((f) => f.msg?.t === "hello");
  await c.next(isDone, hello.index);
  // the tree as the browser holds it: the hello's, then the first run's ops
  const slider = c.frames
    .flatMap((f) => f.msg?.ops ?? [])
    .map((op) => op[2])
    .find((n) => n?.k === "slider" && n.p.label === "Threshold") ?? findNode(hello.frame.msg.tree, "slider", "Threshold");
  const id = slider.p.id;
  const bytes = [];
  const latencies = [];
  let sample;
  for (let i = 0; i < WARMUP + N; i++) {
    const from = c.frames.length;
    const t0 = performance.now();
    c.send({ t: "widget", id, v: i % 2 === 0 ? 60 + (i % 40) : 10 + (i % 40), n: i + 1 });
    const { index } = await c.next((f) => isDone(f) && f.msg.ack === i + 1, from);
    const latency = performance.now() - t0;
    const frames = c.frames.slice(from, index + 1);
    if (i >= WARMUP) {
      bytes.push(frames.reduce((sum, f) => sum + f.bytes, 0));
      latencies.push(latency);
      sample ??= frames.map((f) => f.text);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  c.close();
  return { bytes: summary(bytes), latency: summary(latencies), sample };
}

export async function fragmentBench(url) {
  const fragment = await moves(url, "/_bench/fragment");
  const full = await moves(url, "/_bench/full");
  console.log(`Fragment rerun vs full rerun (the same dashboard; ${N} slider moves after ${WARMUP} warm-ups, medians)`);
  console.log(`  slider in a fragment: ${String(fragment.bytes.p50).padStart(5)} B per move   p50 ${ms(fragment.latency.p50)}`);
  console.log(`  slider in the page:   ${String(full.bytes.p50).padStart(5)} B per move   p50 ${ms(full.latency.p50)}`);
  console.log(`  a fragment's run sends ${((fragment.bytes.p50 / full.bytes.p50) * 100).toFixed(0)}% of a full run's bytes; one fragment move, as sent:`);
  for (const text of fragment.sample ?? []) console.log(`    ${text}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const server = await startDevServer({ config: "bench/wrangler.toml" });
  try {
    await fragmentBench(server.url);
  } finally {
    await server.stop();
  }
}
