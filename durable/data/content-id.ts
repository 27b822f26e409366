/**
 * A dataset's id: a hash of its content, computed from the cells themselves (numbers by
 * their bits, text by its characters) rather than from its JSON — so a rerun that draws the
 * same table costs one pass over the cells, and the JSON is made only when the data is new
 * and must be stored (shelf.ts). Also a cheap estimate of that JSON's size, for the cap.
 */
import type { Cell, ColumnType } from "../../protocol/data";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export function contentId(names: readonly string[], types: readonly ColumnType[], columns: readonly Cell[][]): { id: string; size: number } {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let size = 2;
  const mix = (x: number) => {
    h1 = Math.imul(h1 ^ x, 2654435761);
    h2 = Math.imul(h2 ^ x, 1597334677);
  };
  const text = (s: string) => {
    mix(s.length);
    for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
  };
  const num = (v: number) => {
    f64[0] = v;
    mix(u32[0]!);
    mix(u32[1]!);
  };
  names.forEach((n, c) => {
    text(n);
    text(types[c]!);
    const col = columns[c]!;
    mix(col.length);
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      if (typeof v === "number") {
        mix(1);
        num(v);
        size += 10;
      } else if (typeof v === "string") {
        mix(2);
        text(v);
        size += v.length + 3;
      } else if (v === null || v === undefined) {
        mix(3);
        size += 5;
      } else if (typeof v === "boolean") {
        mix(v ? 4 : 5);
        size += 6;
      } else {
        mix(6);
        mix(v.length);
        for (const x of v) x === null ? mix(3) : num(x);
        size += 2 + v.length * 10;
      }
    }
  });
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return { id: `d${hash.toString(36)}${(columns[0]?.length ?? 0).toString(36)}`, size };
}
