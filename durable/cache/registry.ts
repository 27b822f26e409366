/**
 * Every cached function in this isolate, by identity: its counters (for `st.cacheStats()`
 * and the seed's "inspect cache stats" advice) and its local entries (for global clears).
 * A page that calls `cacheData(fn)` on every run gets the same state back each time.
 */

export interface CacheStats {
  name: string;
  kind: "data" | "resource";
  /** served from this isolate's memory */
  hits: number;
  /** served from KV (computed earlier, maybe by another isolate) */
  kvHits: number;
  /** not in this isolate's memory */
  misses: number;
  /** times the function itself ran */
  computations: number;
  /** entries held in this isolate now */
  entries: number;
}

export interface Registered<S> {
  stats: Omit<CacheStats, "entries">;
  entries(): number;
  /** drops this isolate's entries */
  clearLocal(): void;
  state: S;
}

const registry = new Map<string, Registered<unknown>>();

export function registered<S>(key: string, create: () => Registered<S>): Registered<S> {
  let found = registry.get(key) as Registered<S> | undefined;
  if (!found) registry.set(key, (found = create() as Registered<unknown> as Registered<S>));
  return found;
}

export function newStats(name: string, kind: CacheStats["kind"]): Omit<CacheStats, "entries"> {
  return { name, kind, hits: 0, kvHits: 0, misses: 0, computations: 0 };
}

/** A snapshot of every cached function's counters in this isolate. */
export function cacheStats(): CacheStats[] {
  return [...registry.values()].map((r) => ({ ...r.stats, entries: r.entries() }));
}

export function clearLocal(kind: CacheStats["kind"]): void {
  for (const r of registry.values()) if (r.stats.kind === kind) r.clearLocal();
}

/** @internal tests: forget every entry and counter, as a new isolate would */
export function resetIsolateForTests(): void {
  for (const r of registry.values()) r.clearLocal();
  registry.clear();
}
