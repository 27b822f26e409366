/**
 * Where each series' bar or area segment starts and ends on the value axis: stacked
 * (positives up from zero, negatives down, in series order — as Vega-Lite stacks),
 * overlapping (every segment from zero), normalised so each x's stack fills 0…1, or
 * centred on zero. Pure; recomputed on data change only.
 */

import type { ChartStack, Series } from "../../protocol/elements";

export type Stack = ChartStack;

export interface Stacked {
  /** per series, per x: where its segment starts (NaN: no value) */
  y0: Float64Array[];
  /** per series, per x: where its segment ends (NaN: no value) */
  y1: Float64Array[];
  /** the extent of all segments, zero included */
  min: number;
  max: number;
}

export function stackSeries(series: readonly Series[], n: number, stack: Stack): Stacked {
  const y0 = series.map(() => new Float64Array(n).fill(Number.NaN));
  const y1 = series.map(() => new Float64Array(n).fill(Number.NaN));
  let min = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    let total = 0;
    if (stack === "normalize") for (const s of series) total += Math.abs(finite(s.y[i]) ?? 0);
    let up = 0;
    let down = 0;
    series.forEach((s, k) => {
      let v = finite(s.y[i]);
      if (v === undefined) return;
      if (stack === "normalize") v = total ? v / total : 0;
      if (stack === false || stack === "layered") {
        y0[k]![i] = 0;
        y1[k]![i] = v;
      } else if (v >= 0) {
        y0[k]![i] = up;
        y1[k]![i] = up += v;
      } else {
        y0[k]![i] = down;
        y1[k]![i] = down += v;
      }
    });
    // A streamgraph: the whole stack moved so its middle is at zero.
    const shift = stack === "center" ? -(up + down) / 2 : 0;
    for (let k = 0; k < series.length; k++) {
      if (Number.isNaN(y1[k]![i]!)) continue;
      y0[k]![i]! += shift;
      y1[k]![i]! += shift;
      min = Math.min(min, y0[k]![i]!, y1[k]![i]!);
      max = Math.max(max, y0[k]![i]!, y1[k]![i]!);
    }
  }
  return { y0, y1, min, max };
}

const finite = (v: number | null | undefined) => (v != null && Number.isFinite(v) ? v : undefined);
