/**
 * The seed's production incident, replayed: 50 sessions at once, each moving a slider 5
 * times on a dashboard whose data comes from a 2-second query. With cacheData (ttl 300 s)
 * the query must run exactly once per distinct key, however many sessions ask; without it,
 * once per interaction. Prints executions per key and interaction latency after warm-up.
 */
import { summary } from "./stats.mjs";
import { BenchClient } from "./ws-client.mjs";

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 50);
const isDone = (f) => f.msg?.t === "done" && f.msg.status === undefined;

async function session(url, path) {
  const c = await BenchClient.session(url, path);
  await c.next(isDone, 0, 60_000);
  const op = c.frames.flatMap((f) => f.msg?.ops ?? []).find((o) => o[0] === "s" && o[2].k === "slider");
  const id = op[2].p.id;
  const move = async (v) => {
    const from = c.frames.length;
    const t0 = performance.now();
    c.send({ t: "widget", id, v });
    await c.next(isDone, from, 60_000);
    return performance.now() - t0;
  };
  return { move, close: () => c.close() };
}

async function replay(url, kind) {
  const path = `/_bench/incident-${kind}`;
  const t0 = performance.now();
  const sessions = await Promise.all(Array.from({ length: SESSIONS }, () => session(url, path)));
  // Warm-up: every session visits every value (1 on connect, then 2–5).
  const warm = (await Promise.all(sessions.map(async (s) => {
    const out = [];
    for (const v of [2, 3, 4, 5]) out.push(await s.move(v));
    return out;
  }))).flat();
  // Measured: five more moves per session, over values the warm-up already loaded.
  const measured = (await Promise.all(sessions.map(async (s) => {
    const out = [];
    for (const v of [4, 3, 2, 1, 5]) out.push(await s.move(v));
    return out;
  }))).flat();
  sessions.forEach((s) => s.close());
  const counts = (await (await fetch(`${url}/_bench/counts`)).json())[kind];
  return { warm: summary(warm), measured: summary(measured), counts, seconds: (performance.now() - t0) / 1000 };
}

export async function incident(url) {
  console.log(`The seed's incident: ${SESSIONS} sessions at once, a slider moved 5 times each, data from a 2-second query`);
  for (const kind of ["cached", "uncached"]) {
    const r = await replay(url, kind);
    const keys = Object.entries(r.counts).sort(([a], [b]) => a - b);
    const total = keys.reduce((sum, [, n]) => sum + n, 0);
    console.log(`  ${kind === "cached" ? "cacheData(ttl=300)" : "no cache          "}  query executions per key: ${keys.map(([k, n]) => `${k}→${n}`).join("  ")}  (total ${total} for ${SESSIONS * 10} runs)`);
    console.log(`  ${"".padEnd(18)}  latency after warm-up: p50 ${r.measured.p50.toFixed(1)} ms   p99 ${r.measured.p99.toFixed(1)} ms   (warm-up p50 ${r.warm.p50.toFixed(1)} ms, whole replay ${r.seconds.toFixed(1)} s)`);
  }
}
