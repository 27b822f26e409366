/**
 * cacheData's shared level: Workers KV, bound once per isolate by the session object. KV
 * keeps its own expiry no shorter than 60 s, so the real expiry travels inside the value;
 * it allows one write per second per key and values up to 25 MiB — a value too large, or a
 * write refused, stays in the isolate's memory with a logged warning.
 */
import { decode, encode } from "./encode";

let kv: KVNamespace | undefined;

export function bindCacheStore(namespace: KVNamespace | undefined): void {
  kv ??= namespace;
}

/** @internal tests */
export function cacheStoreForTests(): KVNamespace | undefined {
  return kv;
}

const MAX_VALUE_BYTES = 25 * 1024 * 1024;
const KV_MIN_TTL_S = 60;
/** entries with no ttl still leave KV eventually (a clear orphans them: keys carry a generation) */
const KV_DEFAULT_TTL_S = 30 * 86_400;

export interface StoredEntry {
  value: unknown;
  expires: number;
  computedAt: number;
}

export async function readEntry(key: string): Promise<StoredEntry | undefined> {
  if (!kv) return undefined;
  try {
    const text = await kv.get(key, "text");
    return text === null ? undefined : (decode(text) as StoredEntry);
  } catch (error) {
    console.warn(`edgelit cache: reading ${key} from KV failed; computing instead`, error);
    return undefined;
  }
}

export async function writeEntry(key: string, entry: StoredEntry, ttlMs: number | undefined): Promise<void> {
  if (!kv) return;
  const text = encode({ ...entry, expires: Number.isFinite(entry.expires) ? entry.expires : null });
  if (text.length * 3 > MAX_VALUE_BYTES && new TextEncoder().encode(text).byteLength > MAX_VALUE_BYTES) {
    console.warn(`edgelit cache: ${key} is over KV's 25 MiB limit; kept in this isolate's memory only`);
    return;
  }
  const expirationTtl = ttlMs === undefined ? KV_DEFAULT_TTL_S : Math.max(KV_MIN_TTL_S, Math.ceil(ttlMs / 1000));
  try {
    await kv.put(key, text, { expirationTtl });
  } catch (error) {
    // e.g. 429: another isolate wrote this key within the last second — its value is as good.
    console.warn(`edgelit cache: writing ${key} to KV failed; kept in this isolate's memory`, error);
  }
}

export async function deleteEntry(key: string): Promise<void> {
  await kv?.delete(key).catch((error: unknown) => console.warn(`edgelit cache: deleting ${key} failed`, error));
}

export async function readNumber(key: string): Promise<number> {
  if (!kv) return 0;
  return Number((await kv.get(key, "text").catch(() => null)) ?? 0) || 0;
}

export async function writeNumber(key: string, value: number): Promise<void> {
  await kv?.put(key, String(value)).catch((error: unknown) => console.warn(`edgelit cache: writing ${key} failed`, error));
}
