/**
 * The check a data editor's edits pass, on the server, against the editor as last rendered:
 * rows that exist, columns that exist and may be edited, values of the column's type (in its
 * bounds, among its options, present when required), rows added or deleted only when
 * `numRows` is "dynamic". Returns the edits in one canonical order (so an unchanged table
 * reads as unchanged), or the first reason to refuse them.
 */
import { type CellValue, deltaShapeError, type EditDelta } from "../../../../protocol/edit-delta";
import type { WireValue } from "../../../../protocol/elements";
import { Invalid, invalid, type Validate } from "../kind";
import type { ColumnRule } from "./columns";

/** What the widget remembers to check edits against (its `spec`). */
export interface EditorSpec {
  rows: number;
  dynamic: boolean;
  columns: Record<string, ColumnRule>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real day ("2024-02-30" is not): it reads back as itself. */
function isDay(v: string): boolean {
  if (!DAY.test(v)) return false;
  const t = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === v;
}

export const validateEdits: Validate = (raw, v) => check(raw as unknown as EditorSpec, v);

function check(spec: EditorSpec, v: WireValue): EditDelta | Invalid {
  const shape = deltaShapeError(v);
  if (shape) return invalid(shape);
  const delta = v as EditDelta;
  const deleted = delta.deleted_rows;
  if (!spec.dynamic && (delta.added_rows.length > 0 || deleted.length > 0)) {
    return invalid('rows can\'t be added or deleted: numRows is "fixed"');
  }
  for (const row of deleted) if (row >= spec.rows) return invalid(noRow(row, spec));
  const gone = new Set(deleted);
  if (gone.size !== deleted.length) return invalid("a row is deleted twice");

  const edited_rows: EditDelta["edited_rows"] = {};
  for (const key of Object.keys(delta.edited_rows).sort((a, b) => Number(a) - Number(b))) {
    const row = Number(key);
    if (row >= spec.rows) return invalid(noRow(row, spec));
    if (gone.has(row)) return invalid(`row ${row} is both edited and deleted`);
    const cells = ordered(spec, delta.edited_rows[key]!, `row ${row}`);
    if (cells instanceof Invalid) return cells;
    if (Object.keys(cells).length) edited_rows[key] = cells;
  }
  const added_rows: EditDelta["added_rows"] = [];
  for (const [i, row] of delta.added_rows.entries()) {
    const cells = ordered(spec, row, `added row ${i}`);
    if (cells instanceof Invalid) return cells;
    const missing = Object.entries(spec.columns).find(([name, rule]) => rule.required && rule.editable && (cells[name] ?? null) === null);
    if (missing) return invalid(`added row ${i} has no value for the required column ${JSON.stringify(missing[0])}`);
    added_rows.push(cells);
  }
  return { edited_rows, added_rows, deleted_rows: [...deleted].sort((a, b) => a - b) };
}

function noRow(row: number, spec: EditorSpec): string {
  return `row ${row} is not in the table (it has ${spec.rows} row${spec.rows === 1 ? "" : "s"})`;
}

/** The cells of one row, each checked, in the columns' order. */
function ordered(spec: EditorSpec, cells: Record<string, CellValue>, where: string): Record<string, CellValue> | Invalid {
  for (const name of Object.keys(cells)) {
    if (!Object.hasOwn(spec.columns, name)) return invalid(`${where}: there is no column ${JSON.stringify(name.slice(0, 60))}`);
  }
  const out: Record<string, CellValue> = {};
  for (const [name, rule] of Object.entries(spec.columns)) {
    if (!Object.hasOwn(cells, name)) continue;
    const bad = cellError(rule, cells[name]!);
    if (bad) return invalid(`${where}, column ${JSON.stringify(name)}: ${bad}`);
    out[name] = cells[name]!;
  }
  return out;
}

function cellError(rule: ColumnRule, v: CellValue): string | null {
  if (!rule.editable) return "the column is not editable";
  if (v === null) return rule.required ? "a value is required" : null;
  switch (rule.type) {
    case "number":
      if (typeof v !== "number") return "expected a number";
      if (rule.integer && !Number.isInteger(v)) return "expected a whole number";
      if (rule.min !== undefined && v < rule.min) return `${v} is less than the minimum ${rule.min}`;
      if (rule.max !== undefined && v > rule.max) return `${v} is more than the maximum ${rule.max}`;
      return null;
    case "text":
      return typeof v === "string" ? null : "expected text";
    case "checkbox":
      return typeof v === "boolean" ? null : "expected true or false";
    case "select":
      return rule.options?.includes(v) ? null : `${JSON.stringify(v)} is not one of its options`;
    case "date":
      return typeof v === "string" && isDay(v) ? null : 'expected a date as "YYYY-MM-DD"';
  }
}
