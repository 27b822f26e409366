/**
 * `npm run bench:load`: many sessions at once against `wrangler dev` (bench/wrangler.toml),
 * each figure printed beside its target and beside the machine's own floor (the bare echo
 * Durable Object in the same workerd), measured in the same run. Prints, asserts nothing:
 * a target missed is a finding.
 *
 *  1. storage: bytes of each demo page's session SQLite after a visit and a few moves
 *  2. floor: one page session vs one echo socket, interleaved; workerd CPU per interaction of each
 *  3. sustained: LOAD_SESSIONS sessions on "/" moving the slider ~1/s (jittered) for LOAD_SECONDS
 *  4. saturation: offered rate stepped up until p99 passes 100 ms, page and echo
 *  5. memory: LOAD_ECHO_IDLE idle echo sockets (the floor), then LOAD_IDLE idle sessions' RSS,
 *     opened in waves of LOAD_IDLE_WAVE straight to the app's workerd, a sample woken; then
 *     10 rounds of LOAD_ROUND sessions opened, used, closed
 *  6. cold: a new tab's cold start in headless Chromium (bench/cold-start.mjs)
 *  7. profile: where one interaction's server time goes — V8's CPU profiler in the app's
 *     workerd (bench/profile.mjs), under a deadline: the profiler is the one part that has hung workerd.
 *
 * Memory runs last, on a fresh server of its own (the others share one).
 *
 * The load comes from LOAD_PROCS forked children (bench/load-proc.mjs).
 */
import { fork } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { startDevServer } from "../scripts/dev-server.mjs";
import { coldStart } from "./cold-start.mjs";
import { appWorkerd, inspect } from "./inspector.mjs";
import { EchoSession, movesApart, nextValue, PageSession } from "./load-session.mjs";
import { cpuMs, fds, rssBytes, workerdPids } from "./proc-stats.mjs";
import { profileMoves, STAGES } from "./profile.mjs";
import { summary } from "./stats.mjs";

const env = (k, d) => Number(process.env[k] ?? d);
const SESSIONS = env("LOAD_SESSIONS", 1000);
const SECONDS = env("LOAD_SECONDS", 60);
const PROCS = env("LOAD_PROCS", 2);
const IDLE = env("LOAD_IDLE", 10_000);
const IDLE_WAVE = env("LOAD_IDLE_WAVE", 1000);
const WAKE_SAMPLE = env("LOAD_WAKE_SAMPLE", 200);
const ECHO_IDLE = env("LOAD_ECHO_IDLE", 2000);
const ROUND = env("LOAD_ROUND", 1000);
const ROUNDS = env("LOAD_ROUNDS", 10);
const FLOOR_N = env("LOAD_FLOOR_N", 300);
const STEP_SECONDS = env("LOAD_STEP_SECONDS", 5);
const SAT_SESSIONS = env("LOAD_SAT_SESSIONS", 200);
const PROFILE_MOVES = env("LOAD_PROFILE_MOVES", 1000);
const RATES = (process.env.LOAD_RATES ?? "25,50,100,200,400,800,1600,2400,3200,4800,6400,9600,12800").split(",").map(Number);
/** The demo app's pages (app/index.ts). */
/** LOAD_PHASES: a comma-separated subset of storage,floor,sustained,saturation,memory,cold,profile (default: all). */
const PHASES = process.env.LOAD_PHASES?.split(",");
const phase = (name) => !PHASES || PHASES.includes(name);
const PAGES = ["/", "/dashboard", "/data", "/caching", "/audit", "/operations", "/chat"];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const f1 = (v) => v.toFixed(1);
const f2 = (v) => v.toFixed(2);
const KB = (b) => `${(b / 1024).toFixed(1)} KB`;
const MB = (b) => `${(b / 2 ** 20).toFixed(1)} MB`;
const row = (name, figure, target) => console.log(`  ${name.padEnd(44)} ${String(figure).padEnd(34)} ${target ? `target ${target}` : ""}`);

/** The forked load generators, each answering commands (bench/load-proc.mjs). */
function startProcs(n) {
  const procs = Array.from({ length: n }, () => {
    const child = fork(new URL("./load-proc.mjs", import.meta.url), { stdio: "inherit" });
    const waiting = new Map();
    let next = 0;
    child.on("message", ({ id, result, error }) => {
      const w = waiting.get(id);
      waiting.delete(id);
      if (error) w.reject(new Error(error));
      else w.resolve(result);
    });
    return {
      child,
      call: (cmd, args) =>
        new Promise((resolve, reject) => {
          const id = next++;
          waiting.set(id, { resolve, reject });
          child.send({ id, cmd, args });
        }),
    };
  });
  /** Sends cmd to every child; `count` in args is split between them. */
  const all = async (cmd, args) => {
    const results = await Promise.all(
      procs.map((p, i) => p.call(cmd, args.count === undefined ? args : { ...args, count: Math.floor(args.count / n) + (i < args.count % n ? 1 : 0) })),
    );
    return merge(results);
  };
  return { all, stop: () => procs.forEach((p) => p.child.disconnect()) };
}

function merge(results) {
  const out = {};
  for (const r of results) {
    for (const [k, v] of Object.entries(r)) {
      if (Array.isArray(v)) out[k] = (out[k] ?? []).concat(v);
      else if (typeof v === "number") out[k] = k === "ms" ? Math.max(out[k] ?? 0, v) : (out[k] ?? 0) + v;
      else out[k] ??= v;
    }
  }
  return out;
}

/** Each Durable Object's files: wrangler dev --persist-to keeps one SQLite per object under v3/do/<script>-<class>/. */
function objectFiles(stateDir, cls) {
  const root = join(stateDir, "v3", "do");
  let dir;
  try {
    dir = readdirSync(root).find((d) => d.endsWith(`-${cls}`));
  } catch {
    return new Map();
  }
  if (!dir) return new Map();
  const files = new Map();
  for (const name of readdirSync(join(root, dir))) {
    const object = name.replace(/\.sqlite(-wal|-shm)?$/, "");
    const size = statSync(join(root, dir, name)).size;
    const entry = files.get(object) ?? { db: 0, wal: 0, shm: 0 };
    if (name.endsWith("-wal")) entry.wal += size;
    else if (name.endsWith("-shm")) entry.shm += size;
    else entry.db += size;
    files.set(object, entry);
  }
  return files;
}

async function storagePerPage(base, stateDir) {
  console.log("Storage per session (its Durable Object's SQLite under --persist-to, after a visit + 3 slider moves where the page has a slider)");
  for (const path of PAGES) {
    const before = objectFiles(stateDir, "SessionObject");
    let note = "";
    try {
      const s = await PageSession.open(base, path);
      // a single-value slider is moved; a range slider or none: the visit alone
      if (s.sliderId && typeof s.value === "number") for (let i = 0; i < 3; i++) await s.interact(nextValue(s.value, s.range));
      else note = " (visit only: no single-value slider)";
      await s.close();
    } catch (e) {
      // /dashboard's and /audit's first slider sits in a form: it re-runs only on submit
      note = ` (visit; the slider move: ${e.message}${/no done/.test(e.message) ? " — a form's slider re-runs nothing until submitted" : ""})`;
    }
    await sleep(500);
    const added = [...objectFiles(stateDir, "SessionObject")].filter(([k]) => !before.has(k));
    if (added.length !== 1) {
      row(path, `${added.length} new objects?${note}`);
      continue;
    }
    const [, { db, wal }] = added[0];
    row(path, `${KB(db + wal)} (db ${KB(db)} + wal ${KB(wal)})${note}`);
  }
  console.log();
}

/** One page session and one echo socket, one interaction at a time, interleaved; then each alone for its CPU. */
async function floor(base) {
  const page = await PageSession.open(base, "/");
  const echo = await EchoSession.open(base);
  const lat = { page: [], echo: [] };
  for (let i = 0; i < 100 + FLOOR_N; i++) {
    for (const [name, s] of [["page", page], ["echo", echo]]) {
      await sleep(10);
      const r = await s.interact(nextValue(s.value));
      if (i >= 100) lat[name].push(r.latency);
    }
  }
  const cpu = {};
  for (const [name, s] of [["page", page], ["echo", echo]]) {
    const c0 = cpuOf();
    await movesApart(s, FLOOR_N);
    cpu[name] = (cpuOf() - c0) / FLOOR_N;
  }
  await page.close();
  await echo.close();
  const p = summary(lat.page);
  const e = summary(lat.echo);
  console.log(`Per-interaction cost against the floor (one at a time, ${FLOOR_N} each after 100 warm-ups, 10 ms apart)`);
  row("temperature page p50 / p99", `${f2(p.p50)} / ${f2(p.p99)} ms`);
  row("echo Durable Object p50 / p99 (floor)", `${f2(e.p50)} / ${f2(e.p99)} ms`);
  row("ratio page / floor, p50", `${f2(p.p50 / e.p50)}×`, "≤ 1.3×");
  row("workerd CPU per interaction: page / echo", `${f2(cpu.page)} / ${f2(cpu.echo)} ms`);
  row("  of the page's p50, server CPU beyond the floor's", `~${f2(cpu.page - cpu.echo)} ms of ${f2(p.p50 - e.p50)} ms extra`);
  console.log();
}

/**
 * Waits until the objects of sessions just closed are evicted (~10 s after their close woke
 * them): until then the app's workerd holds their SQLite files, and evicting a thousand of
 * them stalls whatever the next phase measures. Without the app's pid: 15 s.
 */
async function quiet(app, before) {
  if (!app) return sleep(15_000);
  const deadline = Date.now() + 60_000;
  await sleep(2000);
  while (fds(app.pid).open > before + 50 && Date.now() < deadline) await sleep(1000);
}

async function sustained(base, procs, app) {
  const before = app ? fds(app.pid).open : 0;
  console.log(`Sustained: ${SESSIONS} sessions on "/", each moving the slider ~1/s (0.5–1.5 s apart) for ${SECONDS} s`);
  const o = await procs.all("open", { group: "steady", kind: "page", base, path: "/", count: SESSIONS });
  row("sessions opened (errors)", `${o.opened} (${o.errors}) in ${f1(o.ms / 1000)} s${o.firstError ? ` — ${o.firstError}` : ""}`);
  const c0 = cpuOf();
  const t0 = Date.now();
  const r = await procs.all("steady", { group: "steady", seconds: SECONDS, gapMs: 1000 });
  const wall = (Date.now() - t0) / 1000;
  const cpu = cpuOf() - c0;
  const s = summary(r.latencies);
  row("interactions (per s)", `${s.n} (${f1(s.n / wall)}/s)`);
  row("latency p50 / p99 / max", `${f2(s.p50)} / ${f2(s.p99)} / ${f2(s.max)} ms`);
  row("errors", `${r.errors}${r.firstError ? ` — first: ${r.firstError}` : ""}`, "0");
  row("wrong values (°F in the frame ≠ the °C sent)", r.wrong, "0");
  row("workerd CPU per interaction", `${f2(cpu / s.n)} ms (${f1((cpu / 1000 / wall) * 100)}% of one core)`);
  row("load generators' CPU (all processes)", `${f1((r.clientCpuMs / 1000 / wall) * 100)}% of one core; load average ${os.loadavg().map(f1).join(" ")}`);
  await procs.all("close", { group: "steady" });
  await quiet(app, before); // the closed sessions' teardown, before the next phase measures
  console.log();
}

/** Steps the offered rate up; the figure is the highest throughput of a step whose p99 stayed ≤ 100 ms. */
async function saturation(base, procs, kind, app) {
  const before = app ? fds(app.pid).open : 0;
  await procs.all("open", { group: `sat-${kind}`, kind, base, path: "/", count: SAT_SESSIONS });
  // every session's first interactions warm its object: not part of any step
  await procs.all("use", { group: `sat-${kind}`, times: 3 });
  await sleep(3000);
  let passed = null;
  let failures = 0;
  for (const rate of RATES) {
    const r = await procs.all("rate", { group: `sat-${kind}`, rate: rate / PROCS, seconds: STEP_SECONDS });
    const s = summary(r.latencies);
    const achieved = s.n / STEP_SECONDS;
    const ok = s.p99 <= 100 && r.errors === 0;
    console.log(
      `    ${kind.padEnd(5)} offered ${String(rate).padStart(5)}/s  done ${f1(achieved).padStart(7)}/s  p50 ${f2(s.p50).padStart(8)}  p99 ${f2(s.p99).padStart(8)} ms  skipped ${r.skipped}  errors ${r.errors}  wrong ${r.wrong}  client CPU ${f1(r.clientCpuMs / 10 / STEP_SECONDS)}%`,
    );
    // one noisy step (the machine is shared) does not end the climb; two in a row do
    failures = ok ? 0 : failures + 1;
    if (ok) passed = Math.max(passed ?? 0, achieved);
    if (failures === 2) break;
  }
  await procs.all("close", { group: `sat-${kind}` });
  await quiet(app, before);
  return { passed, top: failures === 0 };
}

/**
 * An idle session's descriptors in the app's workerd: its socket, and its SQLite's db, wal
 * and shm while the object is live — 4 until it is evicted, 1 after (measured 2026-12-03).
 * Sessions opened past the open-file limit would fail to connect.
 */
const LIVE_FDS = 4;

/** Resolves once the app's workerd holds at most `most` descriptors, or after `ms`. */
async function descriptorsFall(pid, most, ms) {
  const t0 = Date.now();
  while (fds(pid).open > most && Date.now() - t0 < ms) await sleep(1000);
  return (Date.now() - t0) / 1000;
}

/**
 * Idle sessions straight to the app's workerd (wrangler's proxy would hold six descriptors
 * more for each), opened in waves as people arrive: each wave is let go idle until its
 * objects are evicted (their SQLite closed, descriptors back to one a session) before the
 * next. The first wave's growth is what live sessions cost; the waves after it, what an idle
 * (hibernated) one costs once the allocator holds a wave's worth of freed memory.
 */
async function memory(base, app, procs) {
  const pid = app.pid;
  const { limit } = fds(pid);
  const wave = Math.min(IDLE_WAVE, IDLE);
  // evicted sessions hold one descriptor each, the wave being opened LIVE_FDS
  const fit = limit === "unlimited" ? IDLE : Math.floor(Number(limit) * 0.9 - fds(pid).open - wave * LIVE_FDS);
  const echoes = Math.min(ECHO_IDLE, Math.max(0, fit - IDLE));
  const idle = Math.min(IDLE, fit - echoes);
  console.log(`Memory: ${idle} idle sessions on "/" in waves of ${wave}, straight to the app's workerd (pid ${pid}, open-file limit ${limit}); each wave let go idle until evicted`);
  if (idle < IDLE) console.log(`  LOAD_IDLE ${IDLE} capped to ${idle} by the open-file limit`);
  await sleep(3000);
  // the floor first: bare echo sockets, opened and let go idle the same way, kept open
  const echo = [rssBytes(pid)];
  for (let n = 0; n < echoes; n += wave) {
    await procs.all("open", { group: "idle-echo", kind: "echo", base, count: Math.min(wave, echoes - n), parallel: 25 });
    await sleep(12_000); // workerd evicts an object after 10 s without an event
    echo.push(rssBytes(pid));
  }
  const base0 = fds(pid).open;
  const r0 = rssBytes(pid);
  const cdp = await inspect(app.inspector);
  const heap = async () => (await cdp.send("Runtime.getHeapUsage", {}, 10_000)).usedSize;
  const h0 = await heap();
  const after = [];
  let opened = 0;
  let errors = 0;
  let firstError;
  let evictS = 0;
  while (opened < idle) {
    const o = await procs.all("open", { group: "idle", kind: "page", base, path: "/", count: Math.min(wave, idle - opened), parallel: 25 });
    errors += o.errors;
    firstError ??= o.firstError;
    opened = o.opened;
    evictS = Math.max(evictS, await descriptorsFall(pid, base0 + opened * 1.05 + 20, 90_000));
    after.push(rssBytes(pid));
  }
  const h1 = await heap();
  const r1 = after.at(-1);
  const per = (bytes, n) => KB(bytes / Math.max(1, n));
  row(`${opened} idle sessions (errors)`, `${errors}${firstError ? ` — ${firstError}` : ""}`, "0");
  row("descriptors per idle session, evicted", f2((fds(pid).open - base0) / Math.max(1, opened)));
  row("longest wait for a wave's eviction", `${f1(evictS)} s`);
  row("RSS after each wave", `${after.map((b) => (b / 2 ** 20).toFixed(0)).join(" ")} MB (from ${MB(r0)})`);
  row("RSS per session, first wave (live, then evicted)", per(after[0] - r0, Math.min(wave, opened)));
  if (after.length > 1) row("RSS growth per idle session, after the first wave", per(r1 - after[0], opened - wave));
  row("RSS growth per idle session, overall", per(r1 - r0, opened));
  row("JS heap per idle session (used, no forced GC)", per(h1 - h0, opened));
  if (echo.length > 2) {
    const floor = (echo.at(-1) - echo[1]) / (echoes - wave);
    row("floor: RSS per idle echo socket, first wave / after", `${per(echo[1] - echo[0], wave)} / ${KB(floor)} (${echoes} kept open)`);
    if (after.length > 1) row("  page's growth after the first wave, beyond the floor", KB((r1 - after[0]) / (opened - wave) - floor), "< 20 KB (what edgelit adds)");
  }
  // every hibernated session must wake with its values: a sample moves once each, checked
  const woke = await procs.all("use", { group: "idle", times: 1, limit: Math.ceil(WAKE_SAMPLE / PROCS) });
  row(`${woke.latencies.length} of them woken by a move: errors / wrong values`, `${woke.errors} / ${woke.wrong}${woke.firstError ? ` — ${woke.firstError}` : ""}; p50 ${f2(summary(woke.latencies).p50)} ms`, "0 / 0");
  cdp.close();
  // Every close wakes its object, and local workerd opens each one's SQLite as it constructs
  // it: sessions opened meanwhile can fail (SQLITE_NOMEM, found 2026-12-03). The rounds start
  // once the woken objects are evicted again.
  const closing = fds(pid).open;
  await procs.all("close", { group: "idle" });
  await procs.all("close", { group: "idle-echo" });
  await sleep(1000);
  const peak = fds(pid).open;
  const settle = await descriptorsFall(pid, base0 - echoes + 50, 90_000);
  row("all closed: descriptors as the closes woke them", `${closing} → ${peak}, back to ${fds(pid).open} in ${f1(settle + 1)} s`);
  const rss = [];
  errors = 0;
  firstError = undefined;
  for (let i = 1; i <= ROUNDS; i++) {
    const o = await procs.all("open", { group: "round", kind: "page", base, path: "/", count: ROUND });
    const used = await procs.all("use", { group: "round", times: 3 });
    await procs.all("close", { group: "round" });
    await sleep(1000);
    errors += o.errors + used.errors;
    firstError ??= o.firstError ?? used.firstError;
    rss.push(rssBytes(pid));
  }
  row(`${ROUNDS} rounds of ${ROUND} sessions (open, 3 moves, close)`, `RSS ${rss.map((b) => (b / 2 ** 20).toFixed(0)).join(" ")} MB, ${errors} errors${firstError ? ` — first: ${firstError}` : ""}`);
  if (rss.length >= 10) row("RSS after round 10 vs round 2", `${rss[9] >= rss[1] ? "+" : ""}${f1(((rss[9] - rss[1]) / rss[1]) * 100)}%`, "within 10%");
  console.log();
}

/**
 * wrangler dev's custom-build watcher restarts the Worker once soon after it first starts
 * ("The file bench/src changed, restarting build..."), dropping every socket: wait it out.
 */
async function settled(server) {
  const deadline = Date.now() + 60_000;
  [settled.lastLength, settled.lastChange] = [0, Date.now()];
  for (;;) {
    await sleep(2000);
    const log = server.log();
    const restarts = log.split("restarting build").length - 1;
    const ready = log.split("Ready on").length - 1;
    const quiet = Date.now() - (settled.lastChange ?? 0) > 6000;
    if (log.length !== settled.lastLength) [settled.lastLength, settled.lastChange] = [log.length, Date.now()];
    if ((ready > restarts && quiet) || Date.now() > deadline) break;
  }
  while (!(await fetch(`${server.url}/_stcore/health`).then((r) => r.ok, () => false))) await sleep(200);
}

/** CPU time of every workerd under wrangler (set once they are found). */
let cpuOf = () => 0;

/**
 * A dev server, settled, with its workerd processes found: `app` is the app's own (its pid,
 * entry and inspector; null where /proc does not tell), `pids` all of them.
 */
async function boot() {
  const server = await startDevServer({ config: "bench/wrangler.toml" });
  await settled(server);
  const pids = workerdPids(server.pid);
  const app = await appWorkerd(pids, server.port);
  console.log(
    app
      ? `server: wrangler ${server.pid}; the app's workerd ${app.pid} (entry ${app.entry}), ${pids.length - 1} more workerd (wrangler's proxy): CPU figures are all of theirs, RSS the app's`
      : `server: wrangler ${server.pid}, workerd ${pids.join(", ")}: the app's own workerd was not found (profile and memory skipped)`,
  );
  cpuOf = () => pids.reduce((sum, p) => sum + cpuMs(p), 0);
  return { server, app };
}

async function main() {
  const cpus = os.cpus();
  console.log(`edgelit load bench — ${new Date().toISOString()}`);
  console.log(`node ${process.version} · ${cpus[0]?.model ?? "cpu"} × ${cpus.length} · ${MB(os.totalmem())} RAM · ${PROCS} load processes on the same machine`);
  console.log("shared, noisy machine: the client and the server share its cores, compare ratios, not absolutes\n");
  const procs = startProcs(PROCS);
  try {
    if (["storage", "floor", "sustained", "saturation", "cold", "profile"].some(phase)) {
      const { server, app } = await boot();
      console.log();
      try {
        if (phase("storage")) await storagePerPage(server.url, server.stateDir);
        if (phase("floor")) await floor(server.url);
        if (phase("sustained")) await sustained(server.url, procs, app);
        if (phase("saturation")) await saturationBoth(server.url, procs, app);
        if (phase("cold")) await guarded("cold start", 180_000, () => coldStart(server.url));
        if (phase("profile") && app) await guarded("profile", 180_000, () => profile(app));
      } finally {
        await server.stop();
      }
    }
    // memory on a server of its own: RSS never falls back, so after the phases above it would
    // measure memory they freed being reused
    if (phase("memory")) {
      const { server, app } = await boot();
      try {
        if (app) await memory(app.entry, app, procs);
      } finally {
        await server.stop();
      }
    }
  } finally {
    procs.stop();
  }
}

/** Runs a phase with a deadline: a phase that hangs is reported, and the bench goes on. */
async function guarded(name, ms, run) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no result in ${ms / 1000} s`)), ms)));
  try {
    await Promise.race([run(), timeout]);
  } catch (error) {
    console.log(`  ${name}: ${error.message}\n`);
  } finally {
    clearTimeout(timer);
  }
}

async function profile(app) {
  const { pid } = app;
  console.log(`Profile: where one interaction's server time goes ("/", ${PROFILE_MOVES} moves one at a time, straight to the app's workerd, V8's sampler asked for every 100 µs)`);
  const cdp = await inspect(app.inspector);
  const session = await PageSession.open(app.entry, "/");
  try {
    await movesApart(session, 100);
    const c0 = cpuMs(pid);
    const r = await profileMoves(cdp, session, PROFILE_MOVES);
    const cpu = (cpuMs(pid) - c0) / PROFILE_MOVES;
    const us = (v) => `${(v / PROFILE_MOVES).toFixed(0)} µs`;
    STAGES.forEach(([label], i) => row(`  ${label}`, us(r.stageUs[i])));
    row("  other JS (the rerun loop, timers, the runtime's glue)", us(r.otherJs));
    row("  garbage collection", us(r.gc));
    const js = r.stageUs.reduce((a, b) => a + b, 0) + r.otherJs + r.gc;
    row("  (program: native code between JS)", us(r.program));
    row("JS per interaction (sampled, profiler on)", `${us(js)} (${r.samples} samples, one per ~${r.tick} µs of JS)`);
    row("workerd CPU per interaction in the same moves", `${f2(cpu)} ms (the rest is C++: socket, dispatch, SQLite)`);
    console.log("  top functions by self time:");
    for (const [name, t] of r.top) console.log(`    ${us(t).padStart(7)}  ${name}`);
  } finally {
    await session.close();
    cdp.close();
  }
  console.log();
}

async function saturationBoth(base, procs, app) {
  console.log(`Saturation: offered rate stepped up, ${STEP_SECONDS} s a step, over ${SAT_SESSIONS} sessions (one in flight each)`);
  const page = await saturation(base, procs, "page", app);
  const echo = await saturation(base, procs, "echo", app);
  const fmt = (v) => (v.passed === null ? "p99 > 100 ms at the first step" : `${f1(v.passed)}/s${v.top ? " (still under 100 ms at the top step: a lower bound)" : ""}`);
  row("page: interactions/s with p99 ≤ 100 ms", fmt(page));
  row("echo: interactions/s with p99 ≤ 100 ms", fmt(echo));
  if (page.passed !== null && echo.passed) row("page / echo", `${f2(page.passed / echo.passed)}×`, "≥ 0.5×");
  console.log();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
