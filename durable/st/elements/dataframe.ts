/**
 * dataframe: a virtualised table over rows that stay in the session object. The element's
 * props carry the drawn columns, the row count, the data's id and the first window; the
 * browser asks for more windows as it scrolls (durable/data/windows.ts answers). With
 * `selection` it is also a widget whose value is the selected rows' original indices, and
 * the call returns those rows as the page passed them.
 */
import { WINDOW_ROWS } from "../../../protocol/data";
import { inferType, type Normalised, normalise, type TableData, toDataset, windowOf } from "../../data/dataset";
import type { Target } from "../target";
import { AuthorError } from "../errors";
import { invalid, type Validate } from "../widgets/kind";
import type { Callback } from "../context";
import { type AnyArgs, registerWidget } from "../widgets/register";
import { type ColumnConfigMap, columnDescs } from "./column-config";
import { type TableHandle, withAddRows } from "./add-rows";

export type { TableData } from "../../data/dataset";

export interface DataframeOptions<A extends unknown[] = unknown[]> {
  /** pixels (default: up to 10 rows, as Streamlit) */
  height?: number;
  columnConfig?: ColumnConfigMap;
  /** the columns to show, in this order (the others are hidden) */
  columnOrder?: string[];
  /** hide the row-number column */
  hideIndex?: boolean;
  /** "rows": people can select rows with a checkbox; "row": one at a time. The call returns them. */
  selection?: "rows" | "row";
  key?: string;
  disabled?: boolean;
  help?: string;
  /** runs before the next run when the selection changed (Streamlit's on_select callback) */
  onSelect?: (...args: A) => unknown;
  args?: A;
}

type Row = Record<string, unknown>;

export interface DataframeApi {
  /**
   * A table: rows as objects, columns as arrays, or an Apache Arrow Table.
   * @example st.dataframe(rows, { columnConfig: { price: st.columnConfig.numberColumn({ format: "$%.2f" }) } });
   * @example const picked = st.dataframe(rows, { selection: "rows" }); // the selected rows
   */
  dataframe<R extends Row = Row, A extends unknown[] = unknown[]>(data: TableData, opts: DataframeOptions<A> & { selection: "rows" | "row" }): R[];
  /** Without a selection: a handle to replace the table in place or `addRows` to it. */
  dataframe<A extends unknown[] = unknown[]>(data: TableData, opts?: DataframeOptions<A>): TableHandle;
}

/** A selection: distinct whole row numbers within the data, at most one for "row". */
export const validateSelection: Validate = (spec, v) => {
  const count = spec.count as number;
  if (!Array.isArray(v)) return invalid("expected a list of row numbers");
  const rows = v as unknown[];
  if (spec.single && rows.length > 1) return invalid("this table selects one row at a time");
  if (!rows.every((r) => typeof r === "number" && Number.isSafeInteger(r) && r >= 0 && r < count)) {
    return invalid(`row numbers must be whole numbers from 0 to ${count - 1}`);
  }
  if (new Set(rows).size !== rows.length) return invalid("a row is selected twice");
  return [...(rows as number[])].sort((a, b) => a - b);
};

export const dataframeApi: DataframeApi & ThisType<Target> = {
  dataframe(this: Target, data: TableData, opts: DataframeOptions<AnyArgs> = {}) {
    if (opts.height !== undefined && !(opts.height > 0)) throw new AuthorError(`dataframe: height must be a positive number of pixels, got ${opts.height}.`);
    if (opts.selection !== undefined && opts.selection !== "rows" && opts.selection !== "row") {
      throw new AuthorError(`dataframe: selection must be "rows" or "row", got ${JSON.stringify(opts.selection)}.`);
    }
    this.ctx.checkpoint();
    const input = normalise(data);
    const { dataset, cols } = prepared(input, opts.columnConfig, opts.columnOrder);
    if (!this.ctx.opts.shadow) this.ctx.stores.data.keep(dataset);
    const props = {
      data: dataset.id,
      cols,
      count: dataset.count,
      rows: windowOf(dataset, null, 0, WINDOW_ROWS).rows,
      ...(opts.height ? { height: opts.height } : {}),
      ...(opts.hideIndex ? { hideIndex: true as const } : {}),
    };
    if (!opts.selection) {
      const handle = this.handle(this.element("dataframe", props));
      return withAddRows(handle, data, (into, rows) => void into.dataframe(rows, opts)) as never;
    }
    const single = opts.selection === "row";
    const callback: Callback | undefined = opts.onSelect ? { fn: opts.onSelect as Callback["fn"], args: opts.args ?? [] } : undefined;
    const r = registerWidget(this, {
      kind: "dataframe",
      validate: validateSelection,
      label: "dataframe",
      // without a key, other data is another table (Streamlit's id includes the data)
      params: [cols.map((c) => c.name), opts.selection, opts.key === undefined ? dataset.id : ""],
      spec: { count: dataset.count, single },
      initial: [],
      opts,
      callback,
      decode: (v) => v,
    });
    this.element("dataframe", { ...props, ...r.base, select: opts.selection, value: r.shown as number[] });
    return (r.value as number[]).map((i) => input.row(i));
  },
} as DataframeApi & ThisType<Target>;

/**
 * The drawn columns and their dataset. Hashed on every call: caching by the input object
 * would miss a page that edits its rows in place between runs.
 */
function prepared(input: Normalised, config: ColumnConfigMap | undefined, order: string[] | undefined) {
  const inferred = input.raw.map(inferType);
  const { pick, cols } = columnDescs(input.names, inferred, config, order);
  const { dataset } = toDataset(input, pick, inferred);
  return { dataset, cols };
}
