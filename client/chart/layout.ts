/**
 * Where everything goes at one size: margins, the y scale and ticks, the x axis,
 * and the series paths. Pure; recomputed on data change or resize, never on hover.
 */

import { tickFormat } from "./format";
import type { Model } from "./model";
import { linePath, type SeriesPath } from "./path";
import { linear, niceDomain, type Scale } from "./scale";
import { CHAR, placeX, type Tick } from "./x-axis";

export interface Geometry {
  width: number;
  height: number;
  left: number;
  top: number;
  plotW: number;
  plotH: number;
  /** pixel x of each point, ascending */
  px: Float64Array;
  sy: Scale;
  xTicks: Tick[];
  yTicks: Tick[];
  paths: SeriesPath[];
}

const TOP = 10; // half a label's height, so the top tick label isn't clipped
const BOTTOM = 22; // x tick labels
const RIGHT = 16;
const TITLE = 20; // room for an axis title

/**
 * The chart's geometry in a `width` × `height` SVG. The left margin fits the widest
 * y label, estimated from its length rather than measured (measuring forces layout).
 */
export function layout(m: Model, width: number, height: number, xTitle?: string, yTitle?: string): Geometry {
  const plotH = Math.max(10, height - TOP - BOTTOM - (xTitle ? TITLE : 0));
  const y = niceDomain(m.yMin, m.yMax, Math.max(2, Math.floor(plotH / 40))); // a y tick per 40px or so
  const yLabels = y.ticks.map(tickFormat(y.step, Math.max(Math.abs(y.lo), Math.abs(y.hi))));
  const left = Math.max(...yLabels.map((l) => l.length)) * CHAR + 12 + (yTitle ? TITLE : 0);
  const plotW = Math.max(10, width - left - RIGHT);
  const sy = linear(y.lo, y.hi, TOP + plotH, TOP);

  const { px, ticks: xTicks } = placeX(m, left, plotW);
  const yTicks = y.ticks.map((v, i) => ({ at: sy(v), label: yLabels[i]! }));
  const paths = m.series.map((s) => linePath(px, s.y, sy));
  return { width, height, left, top: TOP, plotW, plotH, px, sy, xTicks, yTicks, paths };
}
