/**
 * Where one interaction's server time goes: V8's sampling CPU profiler in the app's workerd
 * (over its inspector, bench/inspector.mjs) while a page session makes moves one at a time.
 * Each sample is charged to the innermost stage on its stack (the stages are the session's
 * own functions, in the order an interaction meets them); samples outside JS are the
 * runtime's C++ (the socket, the Durable Object's dispatch, SQLite's commit).
 */
import { movesApart } from "./load-session.mjs";

/** Stage → the functions that start it (the first found walking up from the leaf wins). */
export const STAGES = [
  ["parse the frame, check it against the page's widgets", ["parseClientMsg", "toRunInput"]],
  ["prepare the run (input applied, context built)", ["prepareRun"]],
  ["run the page (callbacks + the page function)", ["runBody"]],
  ["diff against what the browser has", ["diff"]],
  ["finish the run (done frame, what runs next)", ["finishRun"]],
  ["send the frames (JSON + socket)", ["broadcast", "send"]],
  ["store the session (structured clone + SQLite put)", ["persist", "saveSession"]],
];

/**
 * workerd samples only while the isolate runs JS, so the first sample of each interaction
 * carries the idle gap since the last one as its delta (~10 ms here). A delta above this is
 * such a gap: that sample is charged the profile's typical delta instead.
 */
const GAP_US = 1000;

/**
 * Charges `profile`'s samples (a CDP Profiler.Profile) to STAGES. Returns µs per stage,
 * plus the rest of the JS, GC and "(program)" (native code outside JS), and the top
 * functions by self time.
 */
export function attribute(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = new Map();
  STAGES.forEach(([, names], i) => names.forEach((name) => stageOf.set(name, i)));
  const stageUs = STAGES.map(() => 0);
  let otherJs = 0;
  let gc = 0;
  let program = 0;
  const self = new Map();
  const small = profile.timeDeltas.filter((d) => d > 0 && d <= GAP_US).sort((a, b) => a - b);
  const tick = small[Math.floor(small.length / 2)] ?? 0;
  const cache = new Map(); // node id → stage index or -1
  const stageOfNode = (id) => {
    if (cache.has(id)) return cache.get(id);
    const path = [];
    let found = -1;
    for (let at = id; at !== undefined; at = parent.get(at)) {
      if (cache.has(at)) {
        found = cache.get(at);
        break;
      }
      path.push(at);
      const s = stageOf.get(byId.get(at).callFrame.functionName);
      if (s !== undefined) {
        found = s;
        break;
      }
    }
    for (const p of path) cache.set(p, found);
    return found;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    const dt = delta > GAP_US ? tick : delta;
    const id = profile.samples[i];
    const name = byId.get(id).callFrame.functionName;
    if (name === "(idle)") continue;
    if (name === "(garbage collector)") {
      gc += dt;
      continue;
    }
    if (name === "(program)") {
      program += dt;
      continue;
    }
    const frame = byId.get(id).callFrame;
    const key = `${name || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const s = stageOfNode(id);
    if (s >= 0) stageUs[s] += dt;
    else otherJs += dt;
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return { stageUs, otherJs, gc, program, top, samples: profile.samples.length, tick };
}

/**
 * Profiles `moves` interactions of `session` (bench/load-session.mjs), 10 ms apart, at
 * `intervalUs` sampling. `cdp` is an inspector session.
 */
export async function profileMoves(cdp, session, moves, intervalUs = 100) {
  await cdp.send("Runtime.getHeapUsage", {}, 5000); // answers at once when the inspector works
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: intervalUs });
  await cdp.send("Profiler.start");
  await movesApart(session, moves);
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.send("Profiler.disable");
  return attribute(profile);
}
