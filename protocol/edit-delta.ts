/**
 * A data editor's value on the wire: the edits, not the table (Streamlit's EditingState in
 * lib/streamlit/elements/widgets/data_editor.py). Rows are positions in the data the page
 * gave: `edited_rows` maps a row to the cells changed in it, `added_rows` are new rows after
 * the last, `deleted_rows` the rows removed (none of them edited). The browser sends the
 * whole delta on each commit, so the newest value replaces the last, as every widget's does.
 *
 * Pure code both sides import: the browser, AppTest and the server make the same delta from
 * the same gesture, and read the same table off it.
 */

/** A cell as it travels: dates are ISO text ("YYYY-MM-DD"). */
export type CellValue = string | number | boolean | null;

export interface EditDelta {
  /** row position (a decimal string, as JSON keys are) → column → new value */
  edited_rows: Record<string, Record<string, CellValue>>;
  /** rows after the last, column → value (columns left out are empty) */
  added_rows: Record<string, CellValue>[];
  /** positions of removed rows, ascending */
  deleted_rows: number[];
}

export const emptyDelta = (): EditDelta => ({ edited_rows: {}, added_rows: [], deleted_rows: [] });

/** Where a row of the edited table comes from: a row of the page's data, or an added one. */
export type RowOrigin = { row: number } | { added: number };

/** Most rows one delta may name (rows the page gave, rows added, rows deleted). */
export const MAX_DELTA_ROWS = 5000;

/**
 * The shape of a delta, as the boundary checks it (every field present, cells plain
 * values, row keys whole numbers); whether it fits the editor is the widget's check.
 * Returns the reason when it is not one.
 */
export function deltaShapeError(v: unknown): string | null {
  if (!isRecord(v)) return "expected the edits as { edited_rows, added_rows, deleted_rows }";
  const keys = Object.keys(v);
  const extra = keys.find((k) => k !== "edited_rows" && k !== "added_rows" && k !== "deleted_rows");
  if (extra !== undefined) return `unknown field ${JSON.stringify(extra.slice(0, 40))} in the edits`;
  const { edited_rows: edited, added_rows: added, deleted_rows: deleted } = v;
  if (!isRecord(edited)) return "`edited_rows` must be an object of rows";
  const rows = Object.entries(edited);
  if (rows.length > MAX_DELTA_ROWS) return `more than ${MAX_DELTA_ROWS} edited rows`;
  for (const [row, cells] of rows) {
    if (!/^(0|[1-9]\d{0,8})$/.test(row)) return `edited row ${JSON.stringify(row.slice(0, 20))} is not a row position`;
    const bad = cellsError(cells);
    if (bad) return `edited row ${row}: ${bad}`;
  }
  if (!Array.isArray(added)) return "`added_rows` must be a list of rows";
  if (added.length > MAX_DELTA_ROWS) return `more than ${MAX_DELTA_ROWS} added rows`;
  for (const [i, cells] of added.entries()) {
    const bad = cellsError(cells);
    if (bad) return `added row ${i}: ${bad}`;
  }
  if (!Array.isArray(deleted)) return "`deleted_rows` must be a list of row positions";
  if (deleted.length > MAX_DELTA_ROWS) return `more than ${MAX_DELTA_ROWS} deleted rows`;
  if (!deleted.every((r) => Number.isSafeInteger(r) && (r as number) >= 0)) return "`deleted_rows` may only hold row positions";
  return null;
}

function cellsError(cells: unknown): string | null {
  if (!isRecord(cells)) return "expected an object of column → value";
  for (const [column, value] of Object.entries(cells)) {
    const plain = value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
    if (!plain) return `the value of ${JSON.stringify(column.slice(0, 40))} is not text, a finite number, true/false or null`;
  }
  return null;
}

/** The rows of the edited table, in order: the page's rows not deleted, then the added ones. */
export function rowOrigins(rowCount: number, delta: EditDelta): RowOrigin[] {
  const deleted = new Set(delta.deleted_rows);
  const out: RowOrigin[] = [];
  for (let row = 0; row < rowCount; row++) if (!deleted.has(row)) out.push({ row });
  delta.added_rows.forEach((_, added) => out.push({ added }));
  return out;
}

/** The delta with one cell of the edited table set (`at` is a row of `rowOrigins`). */
export function withCell(delta: EditDelta, at: RowOrigin, column: string, value: CellValue): EditDelta {
  if ("added" in at) {
    const added_rows = delta.added_rows.map((r, i) => (i === at.added ? withValue(r, column, value) : r));
    return { ...delta, added_rows };
  }
  const key = String(at.row);
  const row = { ...(delta.edited_rows[key] ?? {}), [column]: value };
  return { ...delta, edited_rows: { ...delta.edited_rows, [key]: row } };
}

/** An added row keeps only its non-empty cells (Streamlit's toJson leaves the empty ones out). */
function withValue(row: Record<string, CellValue>, column: string, value: CellValue): Record<string, CellValue> {
  const next = { ...row };
  if (value === null) delete next[column];
  else next[column] = value;
  return next;
}

/** The delta with a row added after the last (its non-empty cells). */
export function withRowAdded(delta: EditDelta, cells: Record<string, CellValue> = {}): EditDelta {
  const row = Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== null));
  return { ...delta, added_rows: [...delta.added_rows, row] };
}

/**
 * The delta with rows of the edited table removed: a row of the page's data is marked
 * deleted (its edits dropped), an added row is taken out.
 */
export function withRowsDeleted(delta: EditDelta, rows: readonly RowOrigin[]): EditDelta {
  const edited_rows = { ...delta.edited_rows };
  const deleted = new Set(delta.deleted_rows);
  const addedGone = new Set<number>();
  for (const at of rows) {
    if ("added" in at) addedGone.add(at.added);
    else {
      deleted.add(at.row);
      delete edited_rows[String(at.row)];
    }
  }
  return {
    edited_rows,
    added_rows: delta.added_rows.filter((_, i) => !addedGone.has(i)),
    deleted_rows: [...deleted].sort((a, b) => a - b),
  };
}

/** The cell at a row of the edited table: its edit, else the page's value (`original`). */
export function cellAt(delta: EditDelta, at: RowOrigin, column: string, original: (row: number) => CellValue): CellValue {
  if ("added" in at) return delta.added_rows[at.added]?.[column] ?? null;
  const edited = delta.edited_rows[String(at.row)];
  return edited && Object.hasOwn(edited, column) ? edited[column]! : original(at.row);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
