/**
 * A dataframe's data as the session keeps it: columns of wire cells, a type inferred for
 * each, and an id that is a hash of its content — the same data on a rerun is the same id,
 * so the element's props (and the wire) don't change. The input may be rows (objects),
 * columns (arrays by name) or an Apache Arrow Table (arrow.ts).
 */
import type { Cell, ColumnType } from "../../protocol/data";
import { AuthorError } from "../st/errors";
import { arrowColumns, type ArrowTableLike, isArrowTable } from "./arrow";
import { contentId } from "./content-id";

export type TableData = ReadonlyArray<Record<string, unknown>> | Readonly<Record<string, readonly unknown[]>> | ArrowTableLike;

/**
 * Most JSON a dataset may take when stored, as estimated (about as many bytes: it is mostly
 * ASCII). 100,000 rows × 10 number columns is about 10 MB.
 */
export const MAX_DATA_CHARS = 32_000_000;

export interface Dataset {
  /** content hash of `json` */
  id: string;
  names: string[];
  /** inferred from the values (the column config may draw a column otherwise) */
  types: ColumnType[];
  columns: Cell[][];
  count: number;
  /** about how many bytes its JSON takes (for the memory budget, shelf.ts) */
  size: number;
}

/** The input normalised: raw values by column, and a way to give back row `i` as the author passed it. */
export interface Normalised {
  names: string[];
  raw: unknown[][];
  count: number;
  row(i: number): Record<string, unknown>;
}

export function normalise(data: TableData): Normalised {
  if (Array.isArray(data)) {
    const rows = data as ReadonlyArray<Record<string, unknown>>;
    const names = [...new Set(rows.flatMap((row) => Object.keys(row ?? {})))];
    const raw = names.map((n) => rows.map((r) => r?.[n]));
    return { names, raw, count: rows.length, row: (i) => rows[i]! };
  }
  if (data === null || typeof data !== "object") {
    throw new AuthorError(`dataframe: expected rows (an array of objects), columns (an object of arrays) or an Arrow Table, got ${data === null ? "null" : typeof data}.`);
  }
  const cols: Record<string, readonly unknown[]> = isArrowTable(data) ? arrowColumns(data) : (data as Record<string, readonly unknown[]>);
  const names = Object.keys(cols);
  for (const n of names) if (!Array.isArray(cols[n])) throw new AuthorError(`dataframe: column ${JSON.stringify(n)} is not an array.`);
  const count = names.reduce((m, n) => Math.max(m, cols[n]!.length), 0);
  // a column as long as the table is used as it is (no copy); a short one reads as undefined past its end
  const raw = names.map((n) => cols[n] as unknown[]);
  return { names, raw, count, row: (i) => Object.fromEntries(names.map((n, c) => [n, raw[c]![i] ?? null])) };
}

/**
 * The dataset of the given columns of `input` (by index), with its id. `inferred`: every
 * column's type, when the caller has them already (inferring reads every value).
 */
export function toDataset(input: Normalised, pick: readonly number[] = input.names.map((_, i) => i), inferred?: readonly ColumnType[]): { dataset: Dataset } {
  const names = pick.map((c) => input.names[c]!);
  const columns = pick.map((c) => cells(input.raw[c]!, input.count));
  const types = pick.map((c) => inferred?.[c] ?? inferType(input.raw[c]!));
  const { id, size } = contentId(names, types, columns);
  if (size > MAX_DATA_CHARS) {
    throw new AuthorError(`dataframe: this data is about ${(size / 1e6).toFixed(1)} MB as stored, more than ${MAX_DATA_CHARS / 1e6} MB; show fewer rows or columns.`);
  }
  return { dataset: { id, names, types, columns, count: input.count, size } };
}

/** The stored form of a dataset: its JSON (columnar, so the names are written once). */
export function toJson(ds: Dataset): string {
  return JSON.stringify({ names: ds.names, types: ds.types, columns: ds.columns });
}

/** A dataset read back from its stored JSON. */
export function fromJson(id: string, json: string): Dataset {
  const { names, types, columns } = JSON.parse(json) as Pick<Dataset, "names" | "types" | "columns">;
  return { id, names, types, columns, count: columns[0]?.length ?? 0, size: json.length };
}

/** A column's wire cells, `count` long (numbers, the common case, on a fast path). */
function cells(raw: readonly unknown[], count: number): Cell[] {
  const out: Cell[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const v = raw[i];
    out[i] = typeof v === "number" ? (Number.isFinite(v) ? v : null) : cell(v);
  }
  return out;
}

export function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (Array.isArray(v) && v.every((x) => x === null || typeof x === "number")) return v.map((x) => (x !== null && Number.isFinite(x) ? x : null));
  return JSON.stringify(v) ?? null;
}

/** A column's type from its values: all numbers, all booleans, all dates, all number lists, else text. */
export function inferType(values: readonly unknown[]): ColumnType {
  let type: ColumnType | null = null;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const t: ColumnType =
      typeof v === "number" || typeof v === "bigint"
        ? "number"
        : typeof v === "boolean"
          ? "checkbox"
          : v instanceof Date
            ? "datetime"
            : Array.isArray(v) && v.every((x) => x === null || typeof x === "number")
              ? "list"
              : "text";
    if (type === null) type = t;
    else if (type !== t) return "text";
  }
  return type ?? "text";
}

/** Rows `from`..`to` of the dataset in the order given (row indices), as wire rows. */
export function windowOf(ds: Dataset, order: ArrayLike<number> | null, from: number, to: number): { rows: Cell[][]; idx: number[] } {
  const end = Math.min(to, ds.count);
  const rows: Cell[][] = [];
  const idx: number[] = [];
  for (let r = from; r < end; r++) {
    const i = order ? order[r]! : r;
    idx.push(i);
    rows.push(ds.columns.map((col) => col[i] ?? null));
  }
  return { rows, idx };
}
