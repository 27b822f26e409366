/**
 * Durable Object storage's per-call limits, met in one place: a value is at most 2 MB (long
 * JSON — a big tree, a dataframe's data — is stored in pieces) and a get, put or delete
 * takes at most 128 keys (long key lists go in batches).
 */

/** characters per stored piece: at most 3 bytes each in UTF-8, so under 2 MB */
export const PIECE_CHARS = 600_000;

/** keys per storage call */
export const KEYS_PER_CALL = 128;

/** `text` cut into pieces of at most PIECE_CHARS (one piece at least, even for ""). */
export function toPieces(text: string): string[] {
  const count = Math.max(1, Math.ceil(text.length / PIECE_CHARS));
  return Array.from({ length: count }, (_, i) => text.slice(i * PIECE_CHARS, (i + 1) * PIECE_CHARS));
}

/** The text stored in pieces under `keys`, in order (a missing piece reads as ""). */
export async function readPieces(storage: Pick<DurableObjectStorage, "get">, keys: string[]): Promise<string> {
  const got = new Map<string, string>();
  for (const batch of inBatches(keys)) for (const [k, v] of await storage.get<string>(batch)) got.set(k, v);
  return keys.map((k) => got.get(k) ?? "").join("");
}

/** `items` in runs of at most KEYS_PER_CALL. */
export function inBatches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += KEYS_PER_CALL) out.push(items.slice(i, i + KEYS_PER_CALL));
  return out;
}
