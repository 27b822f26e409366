/**
 * The in-isolate level of a cache: least-recently-used order (a Map's insertion order,
 * refreshed on each hit), an optional cap, and expiry kept per entry.
 */
import { now } from "./clock";

export interface LruEntry<V> {
  value: V;
  /** epoch ms after which the entry is stale; Infinity: never */
  expires: number;
  computedAt: number;
}

export class Lru<V> {
  private readonly map = new Map<string, LruEntry<V>>();

  constructor(
    private readonly maxEntries: number = Infinity,
    /** called with every entry that leaves (evicted, expired, cleared) */
    private readonly onRelease?: (value: V) => void,
  ) {}

  get size(): number {
    return this.map.size;
  }

  /** A fresh entry, moved to most recently used; an expired one is released. */
  get(key: string): LruEntry<V> | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    this.map.delete(key);
    if (entry.expires <= now()) {
      this.onRelease?.(entry.value);
      return undefined;
    }
    this.map.set(key, entry);
    return entry;
  }

  set(key: string, entry: LruEntry<V>): void {
    const old = this.map.get(key);
    this.map.delete(key);
    if (old && old.value !== entry.value) this.onRelease?.(old.value);
    this.map.set(key, entry);
    while (this.map.size > this.maxEntries) {
      const [oldest, e] = this.map.entries().next().value as [string, LruEntry<V>];
      this.map.delete(oldest);
      this.onRelease?.(e.value);
    }
  }

  delete(key: string): void {
    const entry = this.map.get(key);
    if (!entry) return;
    this.map.delete(key);
    this.onRelease?.(entry.value);
  }

  /** Drops entries whose key starts with `prefix` (all when empty). */
  clear(prefix = ""): void {
    for (const key of [...this.map.keys()]) if (key.startsWith(prefix)) this.delete(key);
  }
}
