/**
 * table: a static table (Streamlit's st.table) — every row in the element's props and in the
 * DOM, no virtualisation, no sorting; for small tables. Capped, since all of it travels.
 */
import { inferType, normalise, type TableData, toDataset } from "../../data/dataset";
import { AuthorError } from "../errors";
import type { Target } from "../target";
import { columnDescs } from "./column-config";
import { type TableHandle, withAddRows } from "./add-rows";

/** rows one static table may hold (a bigger one wants st.dataframe) */
export const MAX_TABLE_ROWS = 10_000;

export interface TableApi {
  /**
   * A static table: rows as objects, columns as arrays, or an Apache Arrow Table.
   * @example st.table([{ city: "Lisbon", temp: 21 }, { city: "Oslo", temp: 9 }]);
   */
  table(data: TableData, opts?: { hideIndex?: boolean }): TableHandle;
}

export const tableApi: TableApi & ThisType<Target> = {
  table(data, opts = {}) {
    this.ctx.checkpoint();
    const input = normalise(data);
    if (input.count > MAX_TABLE_ROWS) {
      throw new AuthorError(`table: ${input.count} rows is more than ${MAX_TABLE_ROWS}; use st.dataframe, which keeps the rows on the server.`);
    }
    const inferred = input.raw.map(inferType);
    const { cols, pick } = columnDescs(input.names, inferred);
    const { dataset } = toDataset(input, pick, inferred);
    const rows = Array.from({ length: dataset.count }, (_, r) => dataset.columns.map((col) => col[r] ?? null));
    const handle = this.handle(this.element("table", { cols, rows, ...(opts.hideIndex ? { hideIndex: true as const } : {}) }));
    return withAddRows(handle, data, (into, all) => void into.table(all, opts));
  },
};
