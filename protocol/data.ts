/**
 * The data of a dataframe on the wire: its columns as the browser draws them, its cells, and
 * the window messages the browser asks for more rows with (protocol/messages.ts carries them).
 * The rows themselves stay in the session object; props carry only the first window.
 *
 * Pure code: imports nothing.
 */

/** A cell as it travels: numbers stay numbers (alignment, formatting), dates are ISO text, a list is numbers. */
export type Cell = string | number | boolean | null | (number | null)[];

/** How a column is drawn (Streamlit's column types; `list` is a list of numbers shown as text). */
export type ColumnType =
  | "text"
  | "number"
  | "checkbox"
  | "progress"
  | "link"
  | "datetime"
  | "date"
  | "time"
  | "lineChart"
  | "list";

/** A column as the browser draws it: its name in the data, its header, its type and format. */
export interface ColumnDesc {
  name: string;
  /** header text, when it differs from the name */
  label?: string;
  type: ColumnType;
  /** printf-style ("%.2f") or a named format ("percent", "dollar", "YYYY-MM-DD", …) */
  format?: string;
  help?: string;
  /** progress bounds, number bounds; chart y range */
  min?: number;
  max?: number;
  /** link text (a fixed text, or a regex whose first group is shown) */
  display?: string;
  /** pixels (default: from the header and the first rows' text) */
  width?: number;
}

/** A sort: the column's index among the drawn columns, and its direction. */
export type Sort = [column: number, dir: "asc" | "desc"];

/** Rows a browser may ask for in one request; the first window in props is this many too. */
export const WINDOW_ROWS = 100;
export const MAX_WINDOW_ROWS = 1000;
/** Fixed row height of the virtualised table, in CSS pixels (Streamlit's 35). */
export const ROW_HEIGHT = 35;
