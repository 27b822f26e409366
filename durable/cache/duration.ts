/** TTLs: seconds as a number, or a duration string ("30s", "5m", "1h", "1d", "1d12h"). */

const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
const PART = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/gy;

/** Milliseconds, or undefined for "no expiry". Throws on a malformed duration. */
export function parseTtl(ttl: number | string | undefined, owner: string): number | undefined {
  if (ttl === undefined || ttl === null) return undefined;
  if (typeof ttl === "number") {
    if (!(ttl > 0) || !Number.isFinite(ttl)) throw new TypeError(`${owner}: ttl must be a positive number of seconds, got ${ttl}.`);
    return ttl * 1000;
  }
  const text = ttl.trim();
  let seconds = 0;
  PART.lastIndex = 0;
  let consumed = 0;
  for (let m = PART.exec(text); m; m = PART.exec(text)) {
    seconds += Number(m[1]) * UNIT_SECONDS[m[2]!]!;
    consumed = PART.lastIndex;
  }
  if (consumed !== text.length || text.length === 0 || !(seconds > 0)) {
    throw new TypeError(`${owner}: ttl "${ttl}" is not a duration like "30s", "5m", "1h", "1d" or "1d12h".`);
  }
  return seconds * 1000;
}
