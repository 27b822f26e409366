/**
 * dataframe: a table of records (rows of objects, or columns of arrays), scrollable in the
 * browser. Cells are sent display-ready: numbers and booleans as they are, dates as ISO
 * text, anything else as its JSON.
 */
import type { ElementProps } from "../../../protocol/elements";
import type { Target } from "../target";
import { AuthorError } from "../errors";

type Cell = ElementProps["dataframe"]["rows"][number][number];
export type TableData = ReadonlyArray<Record<string, unknown>> | Readonly<Record<string, readonly unknown[]>>;

/** more rows than a browser table should hold in one element */
const MAX_ROWS = 10_000;

export interface DataframeApi {
  /**
   * A table. Rows as objects or columns as arrays.
   * @example st.dataframe(rows.slice(0, 10));
   */
  dataframe(data: TableData, opts?: { height?: number }): void;
}

export const dataframeApi: DataframeApi & ThisType<Target> = {
  dataframe(data, opts = {}) {
    this.element("dataframe", { ...tableProps(data), ...(opts.height ? { height: opts.height } : {}) });
  },
};

export function tableProps(data: TableData): Pick<ElementProps["dataframe"], "columns" | "rows"> {
  if (Array.isArray(data)) {
    const columns = [...new Set(data.flatMap((row) => Object.keys(row)))];
    return { columns, rows: limit(data.map((row) => columns.map((c) => cell(row[c])))) };
  }
  const cols = data as Record<string, readonly unknown[]>;
  const columns = Object.keys(cols);
  const length = Math.max(0, ...columns.map((c) => cols[c]!.length));
  return { columns, rows: limit(Array.from({ length }, (_, i) => columns.map((c) => cell(cols[c]![i])))) };
}

function limit<T>(rows: T[]): T[] {
  if (rows.length > MAX_ROWS) throw new AuthorError(`dataframe: ${rows.length} rows is more than ${MAX_ROWS}; show a slice (rows.slice(0, 100)).`);
  return rows;
}

function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v);
}
