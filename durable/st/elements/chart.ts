/**
 * lineChart: several series from rows or columns, normalised here into x values plus one
 * y array per series, so the lazily loaded client chart only draws.
 */
import type { ElementProps, Series } from "../../../protocol/elements";
import type { Target } from "../target";
import { AuthorError } from "../errors";

type Cell = number | string | Date | null | undefined;
/** rows (`[{ day, Revenue, Cost }]`), columns (`{ Revenue: [...], Cost: [...] }`) or one series */
export type ChartData = ReadonlyArray<Record<string, Cell>> | Readonly<Record<string, readonly Cell[]>> | readonly number[];

export interface LineChartOptions {
  /** the column holding x values; without it x is the row index */
  x?: string;
  /** the columns to draw (default: every column but x) */
  y?: string | string[];
  xLabel?: string;
  yLabel?: string;
  /** px, default 300 */
  height?: number;
}

export interface ChartApi {
  /**
   * A line chart with axes, legend and hover values.
   * @example st.lineChart(rows, { x: "day", y: ["Revenue", "Cost", "Profit"] });
   */
  lineChart(data: ChartData, opts?: LineChartOptions): void;
}

const MAX_POINTS = 100_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export const chartApi: ChartApi & ThisType<Target> = {
  lineChart(data, opts = {}) {
    this.element("lineChart", lineChartProps(data, opts));
  },
};

export function lineChartProps(data: ChartData, opts: LineChartOptions): ElementProps["lineChart"] {
  const columns = toColumns(data);
  const names = Object.keys(columns);
  const length = names.length ? columns[names[0]!]!.length : 0;
  if (length > MAX_POINTS) throw new AuthorError(`lineChart: ${length} points is more than the ${MAX_POINTS} a chart can draw.`);
  for (const name of names) {
    if (columns[name]!.length !== length) throw new AuthorError(`lineChart: column "${name}" has a different length.`);
  }
  if (opts.x !== undefined && !(opts.x in columns)) throw new AuthorError(`lineChart: no column "${opts.x}" for x.`);
  const yNames = opts.y === undefined ? names.filter((n) => n !== opts.x) : [opts.y].flat();
  const series: Series[] = yNames.map((name) => {
    const col = columns[name];
    if (!col) throw new AuthorError(`lineChart: no column "${name}" for y.`);
    return { name, y: col.map((v, i) => toNumber(v, name, i)) };
  });
  const rawX = opts.x === undefined ? Array.from({ length }, (_, i) => i) : columns[opts.x]!;
  const { x, xKind } = toX(rawX);
  return {
    x,
    xKind,
    series,
    ...(opts.xLabel ? { xLabel: opts.xLabel } : opts.x ? { xLabel: opts.x } : {}),
    ...(opts.yLabel ? { yLabel: opts.yLabel } : {}),
    height: opts.height ?? 300,
  };
}

function toColumns(data: ChartData): Record<string, readonly Cell[]> {
  if (Array.isArray(data)) {
    if (data.length === 0) return {};
    if (typeof data[0] === "number") return { value: data as number[] };
    const out: Record<string, Cell[]> = {};
    (data as ReadonlyArray<Record<string, Cell>>).forEach((row, i) => {
      for (const [k, v] of Object.entries(row)) (out[k] ??= new Array<Cell>(i).fill(null)).push(v);
      for (const col of Object.values(out)) if (col.length === i) col.push(null);
    });
    return out;
  }
  return data as Record<string, readonly Cell[]>;
}

function toNumber(v: Cell, column: string, row: number): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  throw new AuthorError(`lineChart: column "${column}" row ${row} is ${JSON.stringify(v)}, not a number.`);
}

function toX(values: readonly Cell[]): { x: (number | string)[]; xKind: ElementProps["lineChart"]["xKind"] } {
  if (values.every((v) => typeof v === "number")) return { x: values as number[], xKind: "number" };
  if (values.every((v) => v instanceof Date || (typeof v === "string" && ISO_DATE.test(v)))) {
    return { x: values.map((v) => (v instanceof Date ? v.toISOString() : (v as string))), xKind: "date" };
  }
  return { x: values.map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ""))), xKind: "category" };
}
