/**
 * cacheData: a loader's result, shared by every session. Two levels — this isolate's memory
 * (LRU, ttl) in front of Workers KV — and single-flight: concurrent misses for one key in an
 * isolate compute once and every caller awaits that one promise. Each caller gets its own
 * copy, so mutating a result never changes what the next caller sees.
 *
 * Elements written inside a cached function are refused with a clear error (not replayed):
 * a cached loader returns data; the page renders it.
 */
import { AuthorError } from "../st/errors";
import { now } from "./clock";
import { awaitShared, computing } from "./context";
import { parseTtl } from "./duration";
import { bumpGeneration, generationOf } from "./generations";
import { argumentsKey, functionKey } from "./hash";
import { Lru } from "./lru";
import { clearLocal, newStats, registered } from "./registry";
import { deleteEntry, readEntry, writeEntry } from "./store";

export interface CacheDataOptions {
  /** how long an entry lives: seconds, or "30s", "5m", "1h", "1d"; default: until cleared */
  ttl?: number | string;
  /** most entries kept in each isolate's memory (least recently used go first) */
  maxEntries?: number;
  /** a spinner while computing: true (default, "Running name(…)"), false, or its text */
  showSpinner?: boolean | string;
  /** the function's name, when it has none (an anonymous arrow function) */
  name?: string;
}

export interface CachedData<A extends unknown[], R> {
  (...args: A): Promise<Awaited<R>>;
  /** With no arguments: drops every entry of this function. With arguments: that one entry. */
  clear(...args: A | []): Promise<void>;
  readonly key: string;
}

interface State {
  lru: Lru<unknown>;
  inflight: Map<string, Promise<unknown>>;
}

/**
 * @example
 * const loadSalesData = cacheData(async function loadSalesData(n: number) { … }, { ttl: "1h" });
 * const rows = await loadSalesData(1000);
 */
export function cacheData<A extends unknown[], R>(fn: (...args: A) => R, options: CacheDataOptions = {}): CachedData<A, R> {
  const name = options.name ?? fn.name;
  if (!name) throw new AuthorError("cacheData: give the function a name (a named function, or the `name` option) — it is part of the cache key.");
  const owner = `cacheData(${name})`;
  const ttl = parseTtl(options.ttl, owner);
  const fnKey = functionKey(fn, name);
  const { state, stats } = registered<State>(fnKey, () => {
    const s: State = { lru: new Lru(options.maxEntries ?? Infinity), inflight: new Map() };
    return { stats: newStats(name, "data"), entries: () => s.lru.size, clearLocal: () => s.lru.clear(), state: s };
  });

  const keysFor = async (args: readonly unknown[]) => {
    const [gen, argKey] = await Promise.all([generationOf(fnKey), argumentsKey(owner, args)]);
    return { local: `${gen}|${argKey}`, shared: `cd:${gen}:${fnKey}:${argKey}` };
  };

  const compute = async (args: A, keys: { local: string; shared: string }): Promise<unknown> => {
    const stored = await readEntry(keys.shared);
    if (stored && (stored.expires ?? Infinity) > now()) {
      stats.kvHits++;
      state.lru.set(keys.local, { value: stored.value, expires: stored.expires ?? Infinity, computedAt: stored.computedAt });
      return stored.value;
    }
    stats.computations++;
    const result = await computing(name, () => fn(...args));
    let value: unknown;
    try {
      value = structuredClone(result);
    } catch (error) {
      throw new AuthorError(`${owner} returned a value that can't be stored (${(error as Error).message}). Return plain data; use cacheResource for objects such as connections.`);
    }
    const computedAt = now();
    const expires = ttl === undefined ? Infinity : computedAt + ttl;
    state.lru.set(keys.local, { value, expires, computedAt });
    void writeEntry(keys.shared, { value, expires, computedAt }, ttl);
    return value;
  };

  const call = async (...args: A): Promise<Awaited<R>> => {
    const keys = await keysFor(args);
    const hit = state.lru.get(keys.local);
    if (hit) {
      stats.hits++;
      return structuredClone(hit.value) as Awaited<R>;
    }
    stats.misses++;
    let shared = state.inflight.get(keys.local);
    if (!shared) {
      shared = compute(args, keys).finally(() => state.inflight.delete(keys.local));
      state.inflight.set(keys.local, shared);
    }
    return structuredClone(await awaitShared(name, options.showSpinner, shared)) as Awaited<R>;
  };

  return Object.assign(call, {
    key: fnKey,
    async clear(...args: A | []) {
      if (args.length === 0) {
        state.lru.clear();
        await bumpGeneration(fnKey);
        return;
      }
      const keys = await keysFor(args);
      state.lru.delete(keys.local);
      await deleteEntry(keys.shared);
    },
  });
}

/** Drops every cacheData entry, in every function. */
cacheData.clear = async (): Promise<void> => {
  clearLocal("data");
  await bumpGeneration();
};
