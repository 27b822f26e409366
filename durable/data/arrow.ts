/**
 * An Apache Arrow Table, recognised by its shape (`schema.fields`, `numRows`, `getChild`) so
 * the runtime never imports apache-arrow: a page that has a Table passes it, and its columns
 * come out as plain arrays — nulls kept (a vector's iterator yields them; `toArray()` on a
 * nullable int column would not), 64-bit integers as numbers, timestamps and dates as Dates.
 */

interface ArrowVector {
  length: number;
  nullCount?: number;
  get(i: number): unknown;
  toArray(): ArrayLike<unknown>;
  [Symbol.iterator](): Iterator<unknown>;
}

export interface ArrowTableLike {
  schema: { fields: ReadonlyArray<{ name: string; type: unknown }> };
  numRows: number;
  getChild(name: string): ArrowVector | null;
}

export function isArrowTable(v: unknown): v is ArrowTableLike {
  const t = v as Partial<ArrowTableLike> | null;
  return (
    typeof t === "object" && t !== null && typeof t.numRows === "number" && typeof t.getChild === "function" &&
    Array.isArray(t.schema?.fields)
  );
}

/** The table's columns as plain arrays, by field name, in schema order. */
export function arrowColumns(table: ArrowTableLike): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const field of table.schema.fields) {
    const vector = table.getChild(field.name);
    const kind = String(field.type);
    const asDate = /^(Timestamp|Date)/.test(kind);
    const values: unknown[] = vector ? Array.from(vector) : [];
    out[field.name] = values.map((v) => plain(v, asDate));
  }
  return out;
}

function plain(v: unknown, asDate: boolean): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") v = Number(v);
  if (asDate && typeof v === "number") return new Date(v);
  // a struct or list cell: Arrow's row/vector proxies know how to become plain data
  if (typeof v === "object" && !(v instanceof Date) && typeof (v as { toJSON?: unknown }).toJSON === "function") {
    return (v as { toJSON(): unknown }).toJSON();
  }
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>, Number);
  return v;
}
