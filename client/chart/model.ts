/**
 * The chart's props turned into drawing order, once per data change (not per
 * resize or hover): x as sorted numbers, x as text, and the y range.
 */

import type { ChartProps as Props, Series } from "../../protocol/elements";
import { formatDate, formatNumber } from "./format";
import { color } from "./theme";

export interface Model {
  kind: Props["xKind"];
  /** numbers, UTC timestamps, or category positions 0…n-1; ascending */
  xs: number[];
  /** x number `i` as the tooltip and the data table write it; a function, as formatting 10,000 up front would take longer than drawing them */
  xText: (i: number) => string;
  /** y values aligned with `xs` */
  series: Series[];
  /** each series' colour: the author's, or the palette's */
  colors: string[];
  /** the props' row of each x: `order[i]` (other per-row data, as a scatter's sizes, is read through it) */
  order: number[];
  yMin: number;
  yMax: number;
  /** date x with a time of day somewhere, so dates show the time too */
  withTime: boolean;
}

const DAY = 864e5;

/**
 * A timestamp. "2026-11-24 14:00" and date-times without a zone count as UTC, as a
 * date alone does in JS (Date.parse would read them in the browser's time zone).
 */
function parseDate(v: number | string): number {
  if (typeof v === "number") return v;
  return Date.parse(v.replace(/^(\S{10})[T ]([\d:.]+)$/, "$1T$2Z"));
}

/**
 * The model, or null when there is nothing to draw (no x, no series, or no finite y),
 * which the chart shows as "No data". Points whose x can't be read are dropped, and
 * numeric or date x are sorted (the server keeps the author's row order): a line
 * through unsorted x would zig-zag, and the hover's binary search needs them sorted.
 */
export function prepare(p: Props): Model | null {
  const { xKind: kind } = p;
  let order = p.x.map((_, i) => i);
  let xs: number[];
  if (kind === "category") xs = order;
  else {
    const raw = p.x.map((v) => (kind === "date" ? parseDate(v) : Number(v)));
    order = order.filter((i) => Number.isFinite(raw[i]));
    if (order.some((o, k) => k > 0 && raw[o]! < raw[order[k - 1]!]!)) order.sort((a, b) => raw[a]! - raw[b]!);
    xs = order.map((i) => raw[i]!);
  }
  const series = p.series.map((s) => ({ name: s.name, y: order.map((i) => s.y[i] ?? null) }));

  let yMin = Infinity;
  let yMax = -Infinity;
  for (const s of series)
    for (const v of s.y)
      if (v != null && Number.isFinite(v)) {
        if (v < yMin) yMin = v;
        if (v > yMax) yMax = v;
      }
  if (!xs.length || yMin > yMax) return null;

  const withTime = kind === "date" && xs.some((t) => t % DAY !== 0);
  const xText = (i: number) =>
    kind === "category" ? String(p.x[i]) : kind === "date" ? formatDate(xs[i]!, withTime) : formatNumber(xs[i]!);
  const colors = series.map((_, k) => p.colors?.[k] ?? color(k));
  return { kind, xs, xText, series, colors, order, yMin, yMax, withTime };
}
