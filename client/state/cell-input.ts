/**
 * What a person typed into a data editor's cell, as the value that travels: a number for a
 * number column (cut to a whole number, held to min/max, as the number input does), text,
 * a day for a date column, one of a select column's options. Empty is null. `undefined`
 * means the entry is not a value (the cell keeps what it had).
 */
import type { CellValue } from "../../protocol/edit-delta";
import type { EditorColumn } from "../../protocol/elements";

export function cellFromText(column: EditorColumn, text: string): CellValue | undefined {
  const t = text.trim();
  switch (column.type) {
    case "number": {
      if (t === "") return null;
      const n = Number(t);
      if (!Number.isFinite(n)) return undefined;
      const v = column.integer ? Math.round(n) : Number(n.toPrecision(15));
      return Math.min(column.max ?? Infinity, Math.max(column.min ?? -Infinity, v));
    }
    case "date":
      return t === "" ? null : /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : undefined;
    case "select": {
      if (t === "") return null;
      // a <select> gives the option's position
      const option = column.options?.[Number(t)];
      return option === undefined ? undefined : option;
    }
    case "checkbox":
      return t === "true" ? true : t === "false" ? false : t === "" ? null : undefined;
    case "text":
      return text === "" ? null : text;
  }
}

/** The text an editor starts from. */
export function textOfCell(column: EditorColumn, v: CellValue): string {
  if (v === null) return "";
  if (column.type === "select") {
    const i = column.options?.indexOf(v) ?? -1;
    return i === -1 ? "" : String(i);
  }
  return String(v);
}

/** How a cell reads in the grid. */
export function shownCell(v: CellValue): string {
  if (v === null) return "";
  return String(v);
}
