/**
 * `addRows` (Streamlit's add_rows) for a dataframe's or a table's handle: the rows drawn so
 * far plus new ones, drawn again in the same place with the same options. The handle keeps
 * the rows as the page passed them; a rerun starts from what the page passes then.
 */
import { normalise, type TableData } from "../../data/dataset";
import type { Container } from "../container";

/** A dataframe or table: a placeholder holding it, plus `addRows`. */
export interface TableHandle extends Container {
  /**
   * Appends rows (objects, columns or an Arrow Table) and draws the table again in place.
   * @example const t = st.dataframe(first); for await (const batch of feed) t.addRows(batch);
   */
  addRows(data: TableData): void;
}

type Row = Record<string, unknown>;

export function withAddRows(handle: Container, data: TableData, redraw: (into: Container, rows: Row[]) => void): TableHandle {
  const table = handle as TableHandle;
  let rows: Row[] | null = null;
  table.addRows = (more) => {
    handle.ctx.checkpoint();
    rows ??= rowsOf(data);
    rows.push(...rowsOf(more));
    redraw(handle, rows);
  };
  return table;
}

function rowsOf(data: TableData): Row[] {
  const input = normalise(data);
  return Array.from({ length: input.count }, (_, i) => input.row(i));
}
