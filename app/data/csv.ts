/**
 * CSV in and out for the data page, with papaparse: a header row names the columns, numbers
 * and true/false become numbers and booleans (so filters and formats see their types), and
 * the filtered rows go back out as CSV with the same columns in the same order.
 */
import Papa from "papaparse";

export type Row = Record<string, unknown>;

export interface Parsed {
  rows: Row[];
  columns: string[];
  /** the first problem papaparse met, if the file is not CSV at all */
  error: string | null;
}

export function parseCsv(text: string): Parsed {
  const out = Papa.parse<Row>(text.replace(/^\uFEFF/, ""), { header: true, dynamicTyping: true, skipEmptyLines: true });
  const columns = out.meta.fields ?? [];
  // A ragged line (too few or many fields) is kept as it parsed; only a file without a header fails.
  const fatal = columns.length === 0 ? "no header row" : null;
  return { rows: out.data, columns, error: fatal };
}

export function toCsv(rows: readonly Row[], columns = rows[0] ? Object.keys(rows[0]) : []): string {
  return `${Papa.unparse(rows as Row[], { columns, newline: "\n" })}\n`;
}

/** columns whose every present value is text: what a multiselect can filter by */
export function textColumns(rows: readonly Row[]): string[] {
  return columnsWhere(rows, (v) => typeof v === "string");
}

/** columns whose every present value is a number: what a range slider can filter by */
export function numberColumns(rows: readonly Row[]): string[] {
  return columnsWhere(rows, (v) => typeof v === "number" && Number.isFinite(v));
}

function columnsWhere(rows: readonly Row[], test: (v: unknown) => boolean): string[] {
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  return columns.filter((c) => rows.some((r) => r[c] != null) && rows.every((r) => r[c] == null || test(r[c])));
}
