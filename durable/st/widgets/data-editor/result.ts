/**
 * The edited data the page gets back, in the shape it gave (rows → rows, columns → columns)
 * and with its own types (a number column stays numbers, a date column Dates): Streamlit's
 * _apply_dataframe_edits — edits, then deletions, then additions.
 */
import { cellAt, type EditDelta, rowOrigins } from "../../../../protocol/edit-delta";
import type { EditableData, Table } from "./table";
import { fromCell } from "./table";

export function editedData(table: Table, delta: EditDelta): EditableData {
  const origins = rowOrigins(table.length, delta);
  const valueAt = (at: (typeof origins)[number], c: number): unknown => {
    const name = table.names[c]!;
    if ("row" in at) {
      const edited = delta.edited_rows[String(at.row)];
      // an unedited cell is the page's own value, untouched
      if (!edited || !Object.hasOwn(edited, name)) return table.value(at.row, c);
    }
    return fromCell(cellAt(delta, at, name, () => null), table.kinds[c]!);
  };
  if (table.shape === "rows") {
    return origins.map((at) => {
      if (!("row" in at) || !table.record) return Object.fromEntries(table.names.map((name, c) => [name, valueAt(at, c)]));
      // a copy of the page's row (keys it lacked stay absent), with the edited cells over it
      const row = { ...table.record(at.row) };
      const edited = delta.edited_rows[String(at.row)] ?? {};
      table.names.forEach((name, c) => {
        if (Object.hasOwn(edited, name)) row[name] = valueAt(at, c);
      });
      return row;
    });
  }
  return Object.fromEntries(table.names.map((name, c) => [name, origins.map((at) => valueAt(at, c))]));
}
