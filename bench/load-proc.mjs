/**
 * One load-generating child of bench/load.mjs (forked; one Node process cannot drive
 * thousands of sockets and also time them fairly). It holds named groups of sessions and
 * answers the parent's commands over IPC, each with { id, result } or { id, error }.
 */
import { EchoSession, PageSession, fahrenheit, nextValue } from "./load-session.mjs";

/** @type {Map<string, (PageSession|EchoSession)[]>} */
const groups = new Map();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Opens `count` sessions, at most `parallel` connecting at once. */
async function open({ group, kind, base, path, count, parallel = 50 }) {
  const list = groups.get(group) ?? [];
  groups.set(group, list);
  let errors = 0;
  let next = 0;
  const firstError = [];
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: Math.min(parallel, count) }, async () => {
      while (next < count) {
        next++;
        try {
          list.push(kind === "echo" ? await EchoSession.open(base) : await PageSession.open(base, path));
        } catch (e) {
          errors++;
          if (firstError.length === 0) firstError.push(String(e?.message ?? e));
        }
      }
    }),
  );
  return { opened: list.length, errors, firstError: firstError[0], ms: Date.now() - t0 };
}

/** One checked interaction: its latency, or why it failed / came back wrong. */
async function checked(s, out) {
  const v = nextValue(s.value);
  try {
    const r = await s.interact(v);
    if (r.status !== undefined) out.errors++;
    else if (s instanceof PageSession && !r.text.includes(fahrenheit(v))) out.wrong++;
    out.latencies.push(r.latency);
  } catch (e) {
    out.errors++;
    out.firstError ??= String(e?.message ?? e);
  }
}

const newOut = () => ({ latencies: [], errors: 0, wrong: 0, skipped: 0, firstError: undefined });

/** Each session moves its slider about every gapMs (uniformly jittered ±50%) for `seconds`. */
async function steady({ group, seconds, gapMs }) {
  const out = newOut();
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    (groups.get(group) ?? []).map(async (s) => {
      await sleep(Math.random() * gapMs); // spread the first moves over one gap
      while (Date.now() < end && !s.closed) {
        const t = Date.now();
        await checked(s, out);
        const wait = gapMs * (0.5 + Math.random()) - (Date.now() - t);
        if (wait > 0) await sleep(wait);
      }
    }),
  );
  return out;
}

/**
 * Offers `rate` interactions/s for `seconds`, spread evenly over the group's sessions. A
 * session still waiting for its last answer skips its turn (counted): each session has one
 * interaction in flight, as a browser does.
 */
async function rate({ group, rate, seconds }) {
  const out = newOut();
  const list = groups.get(group) ?? [];
  const interval = (list.length / rate) * 1000;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    list.map(async (s) => {
      let due = Date.now() + Math.random() * interval;
      const inFlight = [];
      while (due < end && !s.closed) {
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        due += interval;
        if (s.waiting) {
          out.skipped++;
          continue;
        }
        inFlight.push(checked(s, out));
      }
      await Promise.all(inFlight);
    }),
  );
  return out;
}

/** Each session of the group (or its first `limit`) interacts `times` times, one after the other. */
async function use({ group, times, limit = Infinity }) {
  const out = newOut();
  await Promise.all(
    (groups.get(group) ?? []).slice(0, limit).map(async (s) => {
      for (let i = 0; i < times; i++) await checked(s, out);
    }),
  );
  return out;
}

async function close({ group }) {
  const list = groups.get(group) ?? [];
  groups.delete(group);
  await Promise.all(list.map((s) => s.close()));
  return { closed: list.length };
}

const commands = { open, steady, rate, use, close };

process.on("message", async ({ id, cmd, args }) => {
  try {
    const c0 = process.cpuUsage();
    const result = await commands[cmd](args);
    const c = process.cpuUsage(c0);
    // this generator's own CPU, to tell a saturated client from a saturated server
    result.clientCpuMs = (c.user + c.system) / 1000;
    process.send({ id, result });
  } catch (e) {
    process.send({ id, error: String(e?.stack ?? e) });
  }
});
process.on("disconnect", () => process.exit(0));
