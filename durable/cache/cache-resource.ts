/**
 * cacheResource: one shared object per isolate per argument key — a connection pool, a
 * client, a model — returned by reference (not copied), created once even when many
 * sessions ask for it at the same moment. `validate` can reject a stale one (it is then
 * released and created again); `onRelease` runs when an entry leaves (ttl, maxEntries,
 * clear). Isolate memory only: it is gone when the isolate is, and created again on demand.
 */
import { AuthorError } from "../st/errors";
import { now } from "./clock";
import { awaitShared, computing } from "./context";
import { parseTtl } from "./duration";
import { argumentsKey, functionKey } from "./hash";
import { Lru } from "./lru";
import { clearLocal, newStats, registered } from "./registry";

export interface CacheResourceOptions<R> {
  ttl?: number | string;
  maxEntries?: number;
  /** checked on every hit; false releases the object and creates a new one */
  validate?: (value: R) => boolean;
  /** called when an entry leaves the cache */
  onRelease?: (value: R) => void;
  showSpinner?: boolean | string;
  name?: string;
}

export interface CachedResource<A extends unknown[], R> {
  (...args: A): Promise<Awaited<R>>;
  /** Releases every object of this function. */
  clear(): void;
}

interface State {
  lru: Lru<unknown>;
  inflight: Map<string, Promise<unknown>>;
}

/**
 * @example
 * const connection = cacheResource(function initConnection() { return { status: "connected" }; });
 */
export function cacheResource<A extends unknown[], R>(fn: (...args: A) => R, options: CacheResourceOptions<Awaited<R>> = {}): CachedResource<A, R> {
  const name = options.name ?? fn.name;
  if (!name) throw new AuthorError("cacheResource: give the function a name (a named function, or the `name` option).");
  const owner = `cacheResource(${name})`;
  const ttl = parseTtl(options.ttl, owner);
  const release = (value: unknown) => {
    try {
      options.onRelease?.(value as Awaited<R>);
    } catch (error) {
      console.warn(`edgelit cache: ${owner} onRelease threw`, error);
    }
  };
  const { state, stats } = registered<State>(functionKey(fn, name), () => {
    const s: State = { lru: new Lru(options.maxEntries ?? Infinity, release), inflight: new Map() };
    return { stats: newStats(name, "resource"), entries: () => s.lru.size, clearLocal: () => s.lru.clear(), state: s };
  });

  const call = async (...args: A): Promise<Awaited<R>> => {
    const key = await argumentsKey(owner, args);
    const hit = state.lru.get(key);
    if (hit && (!options.validate || options.validate(hit.value as Awaited<R>))) {
      stats.hits++;
      return hit.value as Awaited<R>;
    }
    if (hit) state.lru.delete(key); // failed validation: released, made again below
    stats.misses++;
    let shared = state.inflight.get(key);
    if (!shared) {
      shared = (async () => {
        stats.computations++;
        const value = await computing(name, () => fn(...args));
        state.lru.set(key, { value, expires: ttl === undefined ? Infinity : now() + ttl, computedAt: now() });
        return value;
      })().finally(() => state.inflight.delete(key));
      state.inflight.set(key, shared);
    }
    return (await awaitShared(name, options.showSpinner, shared)) as Awaited<R>;
  };

  return Object.assign(call, { clear: () => state.lru.clear() });
}

/** Releases every cacheResource object in this isolate. */
cacheResource.clear = (): void => clearLocal("resource");
