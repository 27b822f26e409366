/**
 * The data a page hands to dataEditor, read once: rows (a list of objects) or columns (an
 * object of lists), with each column's kind inferred from its values — what Streamlit reads
 * off a DataFrame's dtypes. The shape is remembered so the edited data goes back as it came.
 */
import type { CellValue } from "../../../../protocol/edit-delta";
import { MAX_DELTA_ROWS } from "../../../../protocol/edit-delta";
import { AuthorError } from "../../errors";

export type EditableData = ReadonlyArray<Record<string, unknown>> | Readonly<Record<string, readonly unknown[]>>;

/**
 * What a column holds. `date`: Dates at midnight UTC (edited by the day, as ISO text);
 * `empty`: nothing yet (edited as text unless configured); `other`: values of several kinds,
 * objects, or Dates with a time of day — shown as text, not editable (Streamlit disables the
 * columns it can't edit).
 */
export type ColumnKind = "number" | "text" | "boolean" | "date" | "empty" | "other";

export interface Table {
  shape: "rows" | "columns";
  names: string[];
  kinds: ColumnKind[];
  /** a number column whose every value is whole */
  integer: boolean[];
  length: number;
  /** the page's own value */
  value(row: number, column: number): unknown;
  /** the page's own row object (rows given as objects) */
  record?(row: number): Readonly<Record<string, unknown>>;
  /** the value as it travels */
  cells: CellValue[][];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readTable(data: EditableData): Table {
  if (Array.isArray(data)) {
    const rows = data as ReadonlyArray<Record<string, unknown>>;
    rows.forEach((row, i) => {
      if (!isRecord(row)) throw new AuthorError(`dataEditor: row ${i} is not an object; give rows as objects or columns as lists.`);
    });
    const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    return { ...build("rows", names, rows.length, (r, c) => rows[r]![names[c]!]), record: (r) => rows[r]! };
  }
  if (!isRecord(data)) throw new AuthorError("dataEditor: data must be a list of row objects or an object of column lists.");
  const cols = data as Readonly<Record<string, readonly unknown[]>>;
  const names = Object.keys(cols);
  for (const name of names) {
    if (!Array.isArray(cols[name])) throw new AuthorError(`dataEditor: column ${JSON.stringify(name)} is not a list.`);
  }
  const lengths = new Set(names.map((n) => cols[n]!.length));
  if (lengths.size > 1) throw new AuthorError(`dataEditor: the columns have different lengths (${[...lengths].join(", ")}); every column needs one value per row.`);
  return build("columns", names, names.length ? cols[names[0]!]!.length : 0, (r, c) => cols[names[c]!]![r]);
}

function build(shape: Table["shape"], names: string[], length: number, value: (row: number, column: number) => unknown): Table {
  if (length > MAX_DELTA_ROWS) {
    throw new AuthorError(`dataEditor: ${length} rows is more than the ${MAX_DELTA_ROWS} an editor holds; edit a slice (rows.slice(0, 100)).`);
  }
  const kinds = names.map((_, c) => kindOf(Array.from({ length }, (_, r) => value(r, c))));
  const integer = names.map((_, c) => kinds[c] === "number" && Array.from({ length }, (_, r) => value(r, c)).every((v) => v == null || Number.isSafeInteger(v)));
  const cells = Array.from({ length }, (_, r) => names.map((_, c) => toCell(value(r, c), kinds[c]!)));
  return { shape, names, kinds, integer, length, value, cells };
}

function kindOf(values: unknown[]): ColumnKind {
  const kinds = new Set<ColumnKind>();
  for (const v of values) {
    if (v === null || v === undefined) continue;
    if (typeof v === "number" && Number.isFinite(v)) kinds.add("number");
    else if (typeof v === "string") kinds.add("text");
    else if (typeof v === "boolean") kinds.add("boolean");
    else if (v instanceof Date && !Number.isNaN(v.getTime()) && v.toISOString().endsWith("T00:00:00.000Z")) kinds.add("date");
    else kinds.add("other");
  }
  if (kinds.size === 0) return "empty";
  return kinds.size === 1 ? [...kinds][0]! : "other";
}

function toCell(v: unknown, kind: ColumnKind): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return kind === "date" ? v.toISOString().slice(0, 10) : Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "bigint") return v.toString();
  return JSON.stringify(v) ?? String(v);
}

/** A value from the browser as the page's own type: a day of a date column is a Date again. */
export function fromCell(v: CellValue, kind: ColumnKind): unknown {
  if (kind === "date" && typeof v === "string" && DAY.test(v)) return new Date(`${v}T00:00:00Z`);
  return v;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
