/**
 * Clearing without listing KV keys: every key carries a generation — one for all of
 * cacheData, one per function — and a clear bumps it, orphaning the old keys (KV expires
 * them). This isolate sees its own clears at once; other isolates re-read the generations
 * at most GENERATION_REFRESH_MS later (plus KV's own propagation, up to about 60 s).
 */
import { now } from "./clock";
import { readNumber, writeNumber } from "./store";

export const GENERATION_REFRESH_MS = 10_000;
const ALL = "*";

const known = new Map<string, { value: number; readAt: number }>();

async function read(name: string): Promise<number> {
  const hit = known.get(name);
  if (hit && now() - hit.readAt < GENERATION_REFRESH_MS) return hit.value;
  const value = Math.max(await readNumber(`cdgen:${name}`), hit?.value ?? 0);
  known.set(name, { value, readAt: now() });
  return value;
}

/** The generation prefix for a function's keys, e.g. "3.1". */
export async function generationOf(fnKey: string): Promise<string> {
  const [all, fn] = await Promise.all([read(ALL), read(fnKey)]);
  return `${all}.${fn}`;
}

/** Bumps a function's generation (or everything's, with no key). */
export async function bumpGeneration(fnKey: string = ALL): Promise<void> {
  const next = (await read(fnKey)) + 1;
  known.set(fnKey, { value: next, readAt: now() });
  await writeNumber(`cdgen:${fnKey}`, next);
}

/** @internal tests: forget what this isolate knew, as a new isolate would */
export function forgetGenerationsForTests(): void {
  known.clear();
}
