/**
 * A chart's data, from rows or columns, normalised into x values plus one y array per
 * series — shared by lineChart, barChart, areaChart and scatterChart, so the lazily
 * loaded client chart only draws. Long data (one y column, the series named by a `color`
 * column, as Streamlit takes it) is pivoted here too.
 */
import type { ChartProps, Series } from "../../../protocol/elements";
import { AuthorError } from "../errors";

export type Cell = number | string | Date | null | undefined;
/**
 * rows (`[{ day, Revenue, Cost }]`), columns (`{ Revenue: [...], Cost: [...] }`) or one series.
 * Rows are any objects — an interface's rows too, which `Record<string, Cell>` would refuse
 * for lack of an index signature; their cells are checked as the chart reads them.
 */
export type ChartData = ReadonlyArray<object> | Readonly<Record<string, readonly Cell[]>> | readonly number[];
export type Columns = Record<string, readonly Cell[]>;

export interface ChartOptions {
  /** the column holding x values; without it x is the row index */
  x?: string;
  /** the columns to draw (default: every column but x and color) */
  y?: string | string[];
  /**
   * a column whose values name the series (long data: one y column), or the series'
   * colours as "#rrggbb" — one, or one per series
   */
  color?: string | string[];
  xLabel?: string;
  yLabel?: string;
  /** px, default 300 */
  height?: number;
  /** the chart's accessible name (default: a summary of what it shows) */
  alt?: string;
}

const MAX_POINTS = 100_000;
/** values and gaps across all series together */
const MAX_CELLS = 1_000_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Hex only: a colour goes into style strings in the browser, so nothing else may get there. */
const HEX = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * The props every chart shares. `kind` names the call in errors; `pivot` false keeps
 * every row its own x when a colour column splits the series (a scatter plot's points),
 * true merges rows with equal x (a line through the group's values).
 */
export function chartProps(kind: string, columns: Columns, opts: ChartOptions, pivot = true): ChartProps {
  const fail = (message: string) => new AuthorError(`${kind}: ${message}`);
  const names = Object.keys(columns);
  const length = names.length ? columns[names[0]!]!.length : 0;
  if (length > MAX_POINTS) throw fail(`${length} points is more than the ${MAX_POINTS} a chart can draw.`);
  for (const name of names) if (columns[name]!.length !== length) throw fail(`column "${name}" has a different length.`);
  if (opts.x !== undefined && !(opts.x in columns)) throw fail(`no column "${opts.x}" for x.`);
  const byColumn = typeof opts.color === "string" && opts.color in columns ? opts.color : undefined;
  const yNames = opts.y === undefined ? names.filter((n) => n !== opts.x && n !== byColumn) : [opts.y].flat();
  for (const name of yNames) if (!(name in columns)) throw fail(`no column "${name}" for y.`);
  const numbers = (name: string) => columns[name]!.map((v, i) => toNumber(v, name, i, fail));
  const rawX = opts.x === undefined ? Array.from({ length }, (_, i) => i) : columns[opts.x]!;

  let xs: readonly Cell[] = rawX;
  let series: Series[];
  if (byColumn) {
    if (yNames.length !== 1) throw fail(`with color column "${byColumn}", give exactly one y column (got ${yNames.length}).`);
    ({ xs, series } = byGroup(rawX, columns[byColumn]!, numbers(yNames[0]!), pivot, (groups, n) => {
      // Each group's series holds a value (or a gap) at every x: many groups over many x is a grid no chart can draw.
      if (groups * n > MAX_CELLS) throw fail(`${groups} groups of "${byColumn}" over ${n} x values is more than a chart can draw.`);
    }));
  } else series = yNames.map((name) => ({ name, y: numbers(name) }));

  const colors = byColumn ? undefined : colorList(opts.color, series.length, fail);
  const { x, xKind } = toX(xs);
  return {
    x,
    xKind,
    series,
    ...(colors ? { colors } : {}),
    ...(opts.xLabel ? { xLabel: opts.xLabel } : opts.x ? { xLabel: opts.x } : {}),
    ...(opts.yLabel ? { yLabel: opts.yLabel } : byColumn ? { yLabel: yNames[0]! } : {}),
    ...(opts.alt ? { alt: String(opts.alt) } : {}),
    height: heightOf(opts.height, fail),
  };
}

/**
 * Long data to one series per value of the group column, in first-seen order. Pivoted,
 * rows with equal x share one x (the last row of a group at that x wins); unpivoted, every
 * row keeps its own x and is null in the other groups' series.
 */
function byGroup(rawX: readonly Cell[], group: readonly Cell[], y: (number | null)[], pivot: boolean, check: (groups: number, xs: number) => void) {
  const key = (v: Cell) => (v instanceof Date ? v.toISOString() : String(v ?? ""));
  const groups = new Map<string, (number | null)[]>();
  const xIndex = new Map<string, number>();
  const xs: Cell[] = [];
  const rowX = rawX.map((v) => {
    if (!pivot) return xs.push(v) - 1;
    const k = key(v);
    let at = xIndex.get(k);
    if (at === undefined) xIndex.set(k, (at = xs.push(v) - 1));
    return at;
  });
  group.forEach((g, i) => {
    const name = key(g);
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name)![rowX[i]!] = y[i]!;
  });
  check(groups.size, xs.length);
  const series = [...groups].map(([name, ys]) => ({ name, y: Array.from({ length: xs.length }, (_, i) => ys[i] ?? null) }));
  return { xs, series };
}

function heightOf(height: number | undefined, fail: (m: string) => Error): number {
  if (height === undefined) return 300;
  if (!(Number.isFinite(height) && height >= 50 && height <= 5000)) throw fail(`height must be a number of pixels from 50 to 5000 (got ${height}).`);
  return height;
}

function colorList(color: string | string[] | undefined, count: number, fail: (m: string) => Error): string[] | undefined {
  if (color === undefined) return undefined;
  const list = [color].flat();
  const bad = list.find((c) => !HEX.test(c));
  if (bad !== undefined) throw fail(`color "${bad}" is neither a column nor a "#rrggbb" colour.`);
  if (list.length !== 1 && list.length !== count) throw fail(`${list.length} colours for ${count} series: give one, or one per series.`);
  return list.length === 1 ? Array(count).fill(list[0]) : list;
}

/** Rows, columns or a plain array of numbers as columns by name; none: an empty chart, to fill with addRows. */
export function toColumns(data: ChartData | undefined): Columns {
  if (data === undefined) return {};
  if (Array.isArray(data)) {
    if (data.length === 0) return {};
    if (typeof data[0] === "number") return { value: data as number[] };
    const out: Record<string, Cell[]> = {};
    (data as ReadonlyArray<object>).forEach((row, i) => {
      for (const [k, v] of Object.entries(row) as [string, Cell][]) (out[k] ??= new Array<Cell>(i).fill(null)).push(v);
      for (const col of Object.values(out)) if (col.length === i) col.push(null);
    });
    return out;
  }
  if (data === null || typeof data !== "object") throw new AuthorError("A chart's data must be rows, columns or an array of numbers.");
  return data as Columns;
}

/** `more` after `columns`: a column only one side has is null on the other (Streamlit's add_rows). */
export function appendColumns(columns: Columns, more: Columns): Columns {
  const have = Object.values(columns)[0]?.length ?? 0;
  const adding = Object.values(more)[0]?.length ?? 0;
  const out: Columns = {};
  for (const name of new Set([...Object.keys(columns), ...Object.keys(more)])) {
    const before = columns[name] ?? new Array<Cell>(have).fill(null);
    const after = more[name] ?? new Array<Cell>(adding).fill(null);
    out[name] = [...before, ...after];
  }
  return out;
}

function toNumber(v: Cell, column: string, row: number, fail: (m: string) => Error): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  throw fail(`column "${column}" row ${row} is ${JSON.stringify(v)}, not a number.`);
}

function toX(values: readonly Cell[]): { x: (number | string)[]; xKind: ChartProps["xKind"] } {
  if (values.every((v) => typeof v === "number")) return { x: values as number[], xKind: "number" };
  if (values.every((v) => v instanceof Date || (typeof v === "string" && ISO_DATE.test(v)))) {
    return { x: values.map((v) => (v instanceof Date ? v.toISOString() : (v as string))), xKind: "date" };
  }
  return { x: values.map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ""))), xKind: "category" };
}
