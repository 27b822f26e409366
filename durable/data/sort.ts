/**
 * A sort of every row of a dataset by one column, as row indices: numbers by value, text by
 * code unit (ISO dates sort as dates), false before true, lists by their text; empty cells
 * last whichever the direction (as Streamlit's grid does); ties keep the data's order.
 */
import type { Cell, Sort } from "../../protocol/data";
import type { Dataset } from "./dataset";

export function sortOrder(ds: Dataset, [column, dir]: Sort): Uint32Array {
  const col = ds.columns[column]!;
  const sign = dir === "asc" ? 1 : -1;
  const present: number[] = [];
  const empty: number[] = [];
  for (let i = 0; i < ds.count; i++) (col[i] === null || col[i] === undefined ? empty : present).push(i);
  const keys = present.map((i) => key(col[i]!));
  const byPos = present.map((_, k) => k);
  byPos.sort((a, b) => {
    const x = keys[a]!;
    const y = keys[b]!;
    const c = typeof x === "number" && typeof y === "number" ? x - y : typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === "number" ? -1 : 1;
    return c !== 0 ? c * sign : a - b;
  });
  const out = new Uint32Array(ds.count);
  byPos.forEach((k, r) => (out[r] = present[k]!));
  empty.forEach((i, r) => (out[present.length + r] = i));
  return out;
}

function key(v: NonNullable<Cell>): number | string {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}
