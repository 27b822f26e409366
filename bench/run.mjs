/**
 * `npm run bench`: prints figures, asserts nothing (this machine is shared and noisy).
 *
 *  1. The temperature page: 200 slider interactions through a WebSocket against
 *     `wrangler dev` — latency from send to the run's `done` (p50/p90/p99/max) and the bytes
 *     received per interaction — dragging the slider, and jumping to random values.
 *  2. The floor: the same round trip to a bare echo Durable Object, in the same run.
 *  3. The seed's incident replayed (bench/incident.mjs), then a 20 MB upload (bench/upload.mjs),
 *     then bytes per fragment rerun vs a full rerun of one page (bench/fragment.mjs),
 *     and a streamed chat reply's bytes per token (bench/stream.mjs).
 *  4. The client JS a page without charts loads, gzipped.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { startDevServer } from "../scripts/dev-server.mjs";
import { printClientSizes } from "./client-size.mjs";
import { fragmentBench } from "./fragment.mjs";
import { incident } from "./incident.mjs";
import { streamBench } from "./stream.mjs";
import { uploadBench } from "./upload.mjs";
import { ms, summary } from "./stats.mjs";
import { BenchClient } from "./ws-client.mjs";

const N = Number(process.env.BENCH_N ?? 200);
/** warm-up interactions, not counted: the isolate's JIT warms up as a production one is, by use */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);
/**
 * Pause between interactions: a person dragging a slider produces an event every frame at
 * most (~16 ms). Back-to-back sends would instead measure each send waiting for the
 * previous run's storage write. Both the page and the floor get the same pause.
 */
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 10);
const pause = () => new Promise((r) => setTimeout(r, GAP_MS));
/** Streamlit 1.62 re-sends every element: ~645 bytes per slider move on this demo, measured against Streamlit 1.62 when the project began. */
const STREAMLIT_BYTES = 645;

const isDone = (f) => f.msg?.t === "done";

/**
 * Slider values to send. "drag": moves of 1–3 steps, turning at the ends — how a slider is
 * moved (by mouse or arrow keys); the alert changes only when a threshold is crossed.
 * "jump": a random value each time — the alert changes about 60% of the time.
 */
function values(mode, start) {
  let seed = 7;
  let value = start;
  let dir = 1;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  return () => {
    if (mode === "jump") {
      let v;
      do v = -20 + rand(71);
      while (v === value);
      return (value = v);
    }
    if (value + dir * 3 > 50 || value + dir * 3 < -20) dir = -dir;
    return (value += dir * (1 + rand(3)));
  };
}

/** One slider interaction at a time on the temperature page: latency, bytes and frames of each. */
async function temperaturePage(url, mode) {
  const c = await BenchClient.session(url, "/");
  const first = await c.next(isDone);
  const sliderOp = first.frame.msg.ops.find((op) => op[0] === "s" && op[2].k === "slider");
  if (!sliderOp) throw new Error("no slider in the first run of the temperature page");
  const id = sliderOp[2].p.id;
  const nextValue = values(mode, sliderOp[2].p.value);
  let n = 0; // numbered as the browser numbers its input (protocol/input.ts)
  return {
    async step() {
      const from = c.frames.length;
      const t0 = performance.now();
      c.send({ t: "widget", id, v: nextValue(), n: ++n });
      const { index } = await c.next((f) => isDone(f) && f.msg.status === undefined, from);
      const latency = performance.now() - t0;
      const frames = c.frames.slice(from, index + 1);
      return { latency, bytes: frames.reduce((sum, f) => sum + f.bytes, 0), frames: frames.map((f) => f.text) };
    },
    close: () => c.close(),
  };
}

/** One round trip at a time to the echo Durable Object, with a frame like a widget's. */
async function echoFloor(url) {
  const c = await BenchClient.open(`${url.replace(/^http/, "ws")}/_bench/echo?id=${Date.now().toString(16)}`, url);
  let i = 0;
  return {
    async step() {
      const msg = JSON.stringify({ t: "widget", id: "w1q2w3e4r5t6y", v: i++ % 71, n: i });
      const from = c.frames.length;
      const t0 = performance.now();
      c.send(msg);
      await c.next((f) => f.text === msg, from);
      return { latency: performance.now() - t0 };
    },
    close: () => c.close(),
  };
}

/**
 * Runs the steppers in turn, WARMUP + N times each, pausing before every step: interleaved,
 * so the page and the floor see the same machine at the same moments.
 */
async function interleaved(...steppers) {
  const results = steppers.map(() => []);
  for (let i = 0; i < WARMUP + N; i++) {
    for (const [j, s] of steppers.entries()) {
      await pause();
      const r = await s.step();
      if (i >= WARMUP) results[j].push(r);
    }
  }
  steppers.forEach((s) => s.close());
  return results;
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
    const [dragSteps, echoSteps] = await interleaved(await temperaturePage(server.url, "drag"), await echoFloor(server.url));
    const [jumpSteps] = await interleaved(await temperaturePage(server.url, "jump"));
    const of = (steps) => ({
      latencies: steps.map((r) => r.latency),
      bytes: steps.map((r) => r.bytes),
      sample: steps[Math.floor(steps.length / 2)]?.frames,
    });
    const [drag, jump] = [of(dragSteps), of(jumpSteps)];
    const p = summary(drag.latencies);
    const e = summary(echoSteps.map((r) => r.latency));

    console.log("Latency, send → run finished (wrangler dev, loopback)");
    printLatency("temperature page, dragging", p);
    printLatency("echo Durable Object (floor)", e);
    console.log(`${"ratio page / floor".padEnd(28)} p50 ${(p.p50 / e.p50).toFixed(2)}×   p99 ${(p.p99 / e.p99).toFixed(2)}×`);
    printLatency("temperature page, jumping", summary(jump.latencies));
    console.log();

    console.log("Bytes received per interaction (every frame from send to done)");
    for (const [name, run] of [["dragging", drag], ["jumping", jump]]) {
      const b = summary(run.bytes);
      console.log(`  ${name.padEnd(9)} median ${b.p50} B   p99 ${b.p99} B   max ${b.max} B   (${((b.p50 / STREAMLIT_BYTES) * 100).toFixed(0)}% of Streamlit's)`);
    }
    console.log(`  Streamlit 1.62 reference (measured earlier against Streamlit 1.62, not in this run): ~${STREAMLIT_BYTES} B per interaction`);
    console.log("  one typical dragging interaction, as sent:");
    for (const text of drag.sample ?? []) console.log(`    ${text}`);
    console.log();

    await incident(server.url);
    console.log();
    await uploadBench(server.url);
    console.log();
    await fragmentBench(server.url);
    console.log();
    await streamBench(server.url);
    console.log();
  } finally {
    await server.stop();
  }

  printClientSizes();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
