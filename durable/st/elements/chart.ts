/**
 * lineChart, barChart, areaChart, scatterChart and vegaLiteChart. Each returns a handle —
 * a placeholder holding the chart, as the other elements' handles are — whose `addRows`
 * appends data to the chart in place (Streamlit's add_rows): the chart is drawn again into
 * its placeholder with the longer data, so the browser gets the change as a patch and the
 * chart keeps its place on the page.
 */
import type { ChartStack, ElementKind, ElementProps } from "../../../protocol/elements";
import type { Container } from "../container";
import { AuthorError } from "../errors";
import type { Target } from "../target";
import { type ChartData, type ChartOptions, type Columns, appendColumns, chartProps, toColumns } from "./chart-data";
import { type VegaLiteOptions, vegaLiteProps } from "./vega-lite";

export type { ChartData, ChartOptions } from "./chart-data";
export type { VegaLiteOptions } from "./vega-lite";
/** @deprecated the same as ChartOptions */
export type LineChartOptions = ChartOptions;

/** `true` stacks (the default), `false` groups bars or overlaps areas, "layered" overlaps, "normalize" stacks to 100%, "center" around zero. */
export type Stack = ChartStack;

export interface BarChartOptions extends ChartOptions {
  stack?: Stack;
  /** bars along the y axis, x values down the side */
  horizontal?: boolean;
}

export interface AreaChartOptions extends ChartOptions {
  stack?: Stack;
}

export interface ScatterChartOptions extends ChartOptions {
  /** every point's area in px², or a column whose values scale the points */
  size?: number | string;
}

/** A drawn chart, in a placeholder of its own: `const c = st.lineChart(rows); c.addRows(more);` */
export interface ChartHandle extends Container {
  /** Appends rows (or columns) to the chart's data; a column only one side has is empty on the other. */
  addRows(data: ChartData): void;
}

export interface ChartApi {
  /**
   * A line chart with axes, legend and hover values.
   * @example st.lineChart(rows, { x: "day", y: ["Revenue", "Cost", "Profit"] });
   */
  lineChart(data?: ChartData, opts?: ChartOptions): ChartHandle;
  /**
   * A bar chart: stacked by default, grouped with `stack: false`, sideways with `horizontal`.
   * @example st.barChart(rows, { x: "city", y: ["2025", "2026"], stack: false });
   */
  barChart(data?: ChartData, opts?: BarChartOptions): ChartHandle;
  /**
   * An area chart, stacked by default.
   * @example st.areaChart(rows, { x: "day", y: ["Web", "Mobile"] });
   */
  areaChart(data?: ChartData, opts?: AreaChartOptions): ChartHandle;
  /**
   * A scatter plot; `size` and `color` can name columns.
   * @example st.scatterChart(rows, { x: "height", y: "weight", size: "age", color: "team" });
   */
  scatterChart(data?: ChartData, opts?: ScatterChartOptions): ChartHandle;
  /**
   * Any Vega-Lite spec, drawn by vega-lite; `data` given as rows goes into the spec's data values.
   * @example st.vegaLiteChart({ mark: "bar", encoding: { x: { field: "a" }, y: { field: "b", type: "quantitative" } } }, { data: rows });
   */
  vegaLiteChart(spec: Record<string, unknown>, opts?: VegaLiteOptions): ChartHandle;
}

const stackOf = (kind: string, stack: Stack | undefined): Stack => {
  if (stack === undefined) return true;
  if (stack === true || stack === false || stack === "normalize" || stack === "center" || stack === "layered") return stack;
  throw new AuthorError(`${kind}: stack must be true, false, "normalize", "center" or "layered" (got ${JSON.stringify(stack)}).`);
};

export const chartApi: ChartApi & ThisType<Target> = {
  lineChart(data, opts = {}) {
    return drawn(this, "lineChart", toColumns(data), (c) => chartProps("lineChart", c, opts));
  },
  barChart(data, opts = {}) {
    const stack = stackOf("barChart", opts.stack);
    return drawn(this, "barChart", toColumns(data), (c) => ({
      ...chartProps("barChart", c, opts),
      stack,
      ...(opts.horizontal ? { horizontal: true as const } : {}),
    }));
  },
  areaChart(data, opts = {}) {
    const stack = stackOf("areaChart", opts.stack);
    return drawn(this, "areaChart", toColumns(data), (c) => ({ ...chartProps("areaChart", c, opts), stack }));
  },
  scatterChart(data, opts = {}) {
    return drawn(this, "scatterChart", toColumns(data), (c) => scatterProps(c, opts));
  },
  vegaLiteChart(spec, opts = {}) {
    // addRows appends to the data given, or else to the spec's own inline rows.
    const inline = (spec?.data as { values?: unknown } | undefined)?.values;
    const rowsInline = Array.isArray(inline) && inline.every((r) => r !== null && typeof r === "object" && !Array.isArray(r));
    const initial = opts.data !== undefined ? toColumns(opts.data) : rowsInline ? toColumns(inline as ChartData) : undefined;
    return drawn(this, "vegaLiteChart", initial ?? {}, (c) => vegaLiteProps(spec, initial === undefined && !Object.keys(c).length ? undefined : c, opts));
  },
};

/** lineChart's props, for tests of the data handling. */
export const lineChartProps = (data: ChartData | undefined, opts: ChartOptions): ElementProps["lineChart"] => chartProps("lineChart", toColumns(data), opts);

export function scatterProps(columns: Columns, opts: ScatterChartOptions): ElementProps["scatterChart"] {
  const { size, color } = opts;
  const sizeColumn = typeof size === "string" ? size : undefined;
  if (sizeColumn !== undefined && !(sizeColumn in columns)) throw new AuthorError(`scatterChart: no column "${sizeColumn}" for size.`);
  if (typeof size === "number" && !(Number.isFinite(size) && size > 0)) throw new AuthorError("scatterChart: size must be a column or an area in px² above 0.");
  // A colour column of numbers shades the points by value (Streamlit's quantitative colour), rather than naming series.
  const shadeColumn = typeof color === "string" && color in columns && isNumeric(columns[color]!) ? color : undefined;
  // The size and colour columns are not series of their own unless the author names them in y.
  const y = opts.y ?? Object.keys(columns).filter((n) => n !== opts.x && n !== color && n !== sizeColumn);
  const props = chartProps("scatterChart", columns, { ...opts, y, ...(shadeColumn ? { color: undefined } : {}) }, false);
  const numbers = (name: string) => columns[name]!.map((s) => (typeof s === "number" && Number.isFinite(s) ? s : null));
  return {
    ...props,
    ...(sizeColumn !== undefined ? { size: { name: sizeColumn, v: numbers(sizeColumn) } } : typeof size === "number" ? { size } : {}),
    ...(shadeColumn !== undefined ? { shade: { name: shadeColumn, v: numbers(shadeColumn) } } : {}),
  };
}

/** Numbers (gaps allowed), at least one. */
const isNumeric = (col: readonly unknown[]) => col.some((v) => typeof v === "number") && col.every((v) => v == null || typeof v === "number");

/**
 * Writes the chart into a placeholder and returns that as its handle. The handle keeps the
 * data as columns, so each `addRows` rebuilds the props from all of it: a bad row fails in
 * the author's call, leaving the chart as it was.
 */
function drawn<K extends ElementKind>(target: Target, kind: K, columns: Columns, props: (c: Columns) => ElementProps[K]): ChartHandle {
  let data = columns;
  const first = props(data); // bad data fails before the placeholder is written
  const handle = target.placeholder() as ChartHandle;
  handle.element(kind, first);
  handle.addRows = (more) => {
    handle.ctx.checkpoint();
    const next = appendColumns(data, toColumns(more));
    const p = props(next);
    data = next;
    handle.element(kind, p);
  };
  return handle;
}
