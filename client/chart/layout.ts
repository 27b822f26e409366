/**
 * Where everything goes at one size: margins, the value scale and ticks, the index axis
 * (where the x values sit: along the bottom, or down the side for horizontal bars), and
 * each series' marks. Pure; recomputed on data change or resize, never on hover.
 */

import { tickFormat } from "./format";
import { areaPath, barsPath, pointsPath } from "./marks";
import type { Model } from "./model";
import { linePath } from "./path";
import { linear, niceDomain, niceStep, ticksBetween, type Scale } from "./scale";
import type { Stack, Stacked } from "./stack";
import { SHADES } from "./theme";
import { CHAR, bandLabels, placeBands, placeX, type Tick } from "./x-axis";

/** What a series is drawn as. */
export type Mark = "line" | "area" | "bar" | "point";

/** What kind of chart, and how: the parts of its props that decide the geometry. */
export interface ChartSpec {
  mark: Mark;
  stack: Stack;
  horizontal: boolean;
  xTitle?: string;
  yTitle?: string;
  /** a point's radius in px, by x index (scatter charts) */
  radius?: (i: number) => number;
  /** a point's shade (an index into SHADES; -1: none), by x index, when a numeric column colours the points */
  shade?: (i: number) => number;
}

/** One series' SVG paths: any of them may be empty. */
export interface SeriesMark {
  /** stroked: a line, or an area's top edge */
  line: string;
  /** lone line points, drawn as dots by a thick round cap */
  dots: string;
  /** filled: an area, bars or points */
  fill: string;
  /** shaded points instead of `fill`: one path per shade, lightest first */
  shades?: string[];
}

export interface Geometry {
  width: number;
  height: number;
  left: number;
  top: number;
  plotW: number;
  plotH: number;
  /** the index axis runs down the side (horizontal bars) */
  horizontal: boolean;
  /** pixel of each x along the index axis (x, or y when horizontal), ascending */
  px: Float64Array;
  /** each x's band along the index axis (bar charts), else 0 */
  band: number;
  /** value → pixel along the value axis */
  sv: Scale;
  /** ticks of the index axis and of the value axis */
  xTicks: Tick[];
  yTicks: Tick[];
  marks: SeriesMark[];
  /** where series `k`'s value at x `i` is drawn on the value axis (its stack's top), NaN: nowhere */
  valueAt: (k: number, i: number) => number;
}

const TOP = 10; // half a label's height, so the top tick label isn't clipped
const BOTTOM = 22; // x tick labels
const RIGHT = 16;
const TITLE = 20; // room for an axis title
/** Bars fill this much of their band; the rest is the gap between x values. */
const BAR_FILL = 0.8;

/**
 * The value axis's domain and ticks for about `count` ticks: nice numbers, or 0–100%
 * for a normalised stack.
 */
function valueTicks(lo: number, hi: number, count: number, percent: boolean) {
  if (!percent) {
    const y = niceDomain(lo, hi, count);
    return { ...y, labels: y.ticks.map(tickFormat(y.step, Math.max(Math.abs(y.lo), Math.abs(y.hi)))) };
  }
  const step = Math.max(0.1, niceStep(0, 1, count));
  const ticks = ticksBetween(Math.min(0, lo), 1, step);
  return { lo: Math.min(0, lo), hi: 1, step, ticks, labels: ticks.map((t) => `${Math.round(t * 100)}%`) };
}

const widest = (labels: string[]) => labels.reduce((w, l) => Math.max(w, l.length), 0) * CHAR + 12;

/**
 * The chart's geometry in a `width` × `height` SVG. Margins fit the widest label,
 * estimated from its length rather than measured (measuring forces layout). `stacked`:
 * the bar or area segments (null for lines and points, which are drawn at their values).
 */
export function layout(m: Model, width: number, height: number, spec: ChartSpec, stacked: Stacked | null): Geometry {
  const { horizontal, xTitle, yTitle, mark } = spec;
  const lo = stacked ? stacked.min : m.yMin;
  const hi = stacked ? stacked.max : m.yMax;
  const percent = spec.stack === "normalize" && stacked !== null;
  const bars = mark === "bar";
  const plotH = Math.max(10, height - TOP - BOTTOM - ((horizontal ? yTitle : xTitle) ? TITLE : 0));

  let left: number;
  let plotW: number;
  let sv: Scale;
  let yTicks: Tick[];
  let place: { px: Float64Array; band: number; ticks: Tick[] };
  if (!horizontal) {
    const v = valueTicks(lo, hi, Math.max(2, Math.floor(plotH / 40)), percent); // a value tick per 40px or so
    left = widest(v.labels) + (yTitle ? TITLE : 0);
    plotW = Math.max(10, width - left - RIGHT);
    sv = linear(v.lo, v.hi, TOP + plotH, TOP);
    yTicks = v.ticks.map((t, i) => ({ at: sv(t), label: v.labels[i]! }));
    place = bars ? placeBands(m, left, plotW, false) : { ...placeX(m, left, plotW), band: 0 };
  } else {
    left = widest(bandLabels(m)) + (xTitle ? TITLE : 0);
    plotW = Math.max(10, width - left - RIGHT);
    const v = valueTicks(lo, hi, Math.max(2, Math.floor(plotW / 80)), percent);
    sv = linear(v.lo, v.hi, left, left + plotW);
    yTicks = v.ticks.map((t, i) => ({ at: sv(t), label: v.labels[i]! }));
    place = placeBands(m, TOP, plotH, true);
  }
  const { px, band, ticks: xTicks } = place;

  const groups = m.series.length;
  const grouped = bars && spec.stack === false && groups > 1;
  const barW = grouped ? (band * BAR_FILL) / groups : band * BAR_FILL;
  const none = { line: "", dots: "", fill: "" };
  const marks = m.series.map((s, k): SeriesMark => {
    if (mark === "line") return { ...none, ...linePath(px, s.y, sv) };
    if (mark === "point") {
      const radius = spec.radius ?? (() => 3);
      const { shade } = spec;
      if (!shade) return { ...none, fill: pointsPath(px, s.y, sv, radius) };
      return { ...none, shades: SHADES.map((_, b) => pointsPath(px, s.y.map((v, i) => (shade(i) === b ? v : null)), sv, radius)) };
    }
    const { y0, y1 } = stacked!;
    if (mark === "area") return { ...none, ...areaPath(px, y0[k]!, y1[k]!, sv) };
    const offset = grouped ? -(band * BAR_FILL) / 2 + k * barW : -barW / 2;
    // a hairline between grouped bars, so neighbours of similar colours stay apart
    return { ...none, fill: barsPath(px, grouped ? Math.max(1, barW - 1) : barW, offset, y0[k]!, y1[k]!, sv, horizontal) };
  });

  const valueAt = (k: number, i: number) => {
    if (stacked) return sv(stacked.y1[k]![i]!);
    const v = m.series[k]!.y[i];
    return v == null || !Number.isFinite(v) ? Number.NaN : sv(v);
  };
  return { width, height, left, top: TOP, plotW, plotH, horizontal, px, band, sv, xTicks, yTicks, marks, valueAt };
}
