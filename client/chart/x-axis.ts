/**
 * The x axis at one width: each point's pixel x and the ticks under them. Numbers
 * and dates are placed by value with nice or calendar ticks; categories sit evenly
 * in bands, with labels skipped so they don't overlap.
 */

import { formatDateTick, formatNumber, tickFormat } from "./format";
import type { Model } from "./model";
import { linear, niceStep, ticksBetween } from "./scale";
import { timeTicks } from "./time";

/** A tick at pixel `at` (x or y, in SVG coordinates). */
export interface Tick {
  at: number;
  label: string;
}

/** Approximate width of one 12px character; no text measuring, which would force layout. */
export const CHAR = 7;
const MAX_CATEGORY = 16; // longer category labels are cut with "…"

const labelWidth = (labels: string[]) => labels.reduce((w, l) => Math.max(w, l.length), 0) * CHAR + 12;

/** Category labels as drawn: long ones cut with "…". */
export const bandLabels = (m: Model) => m.xs.map((_, i) => m.xText(i)).map((l) => (l.length > MAX_CATEGORY ? l.slice(0, MAX_CATEGORY - 1) + "…" : l));

/**
 * Every x in a band of its own, evenly from `start` over `length` pixels, in x order
 * (categories, and every bar chart's x); `px` is each band's middle. Labels are skipped
 * so they don't overlap — side by side, or (`stacked`: a horizontal bar chart's labels
 * down the side) one 16px line each.
 */
export function placeBands(m: Model, start: number, length: number, stacked: boolean): { px: Float64Array; band: number; ticks: Tick[] } {
  const n = m.xs.length;
  const px = new Float64Array(n);
  const ticks: Tick[] = [];
  const band = length / n;
  for (let i = 0; i < n; i++) px[i] = start + (i + 0.5) * band;
  const labels = bandLabels(m);
  const every = Math.max(1, Math.ceil((stacked ? 16 : labelWidth(labels)) / band));
  for (let i = 0; i < n; i += every) ticks.push({ at: px[i]!, label: labels[i]! });
  return { px, band, ticks };
}

/** Pixel x of every point (ascending) and the x ticks, for a plot from `left` to `left + plotW`. */
export function placeX(m: Model, left: number, plotW: number): { px: Float64Array; ticks: Tick[] } {
  const n = m.xs.length;
  const px = new Float64Array(n);
  const ticks: Tick[] = [];

  if (m.kind === "category") return placeBands(m, left, plotW, false);

  const x0 = m.xs[0]!;
  const x1 = m.xs[n - 1]!;
  const sx = linear(x0, x1, left, left + plotW);
  for (let i = 0; i < n; i++) px[i] = sx(m.xs[i]!);
  if (x0 === x1) {
    const label = m.kind === "date" ? formatDateTick(x0, m.withTime ? "minute" : "day") : formatNumber(x0);
    return { px, ticks: [{ at: sx(x0), label }] };
  }

  // About one tick per 80px, fewer until their labels fit side by side.
  for (let count = Math.max(2, Math.floor(plotW / 80)); count >= 1; count--) {
    let values: number[];
    let labels: string[];
    if (m.kind === "date") {
      const t = timeTicks(x0, x1, count);
      values = t.ticks;
      labels = values.map((v) => formatDateTick(v, t.unit));
    } else {
      const step = niceStep(x0, x1, count);
      values = ticksBetween(x0, x1, step);
      labels = values.map(tickFormat(step, Math.max(Math.abs(x0), Math.abs(x1))));
    }
    ticks.length = 0;
    values.forEach((v, i) => ticks.push({ at: sx(v), label: labels[i]! }));
    const spacing = values.length > 1 ? sx(values[1]!) - sx(values[0]!) : plotW;
    if (labelWidth(labels) <= spacing) break;
  }
  return { px, ticks };
}
