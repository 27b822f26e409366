/**
 * Where each series' bar or area segment starts and ends on the value axis: stacked
 * (positives up from zero, negatives down, in series order — as Vega-Lite stacks),
 * overlapping (every segment from zero), or normalised so each x's stack fills 0…1.
 * Pure; recomputed on data change only.
 */

import type { Series } from "../../protocol/elements";

/** `true` stacks, `false` overlaps (or groups bars), "normalize" stacks to 100%. */
export type Stack = boolean | "normalize";

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
      if (stack === false) {
        y0[k]![i] = 0;
        y1[k]![i] = v;
      } else if (v >= 0) {
        y0[k]![i] = up;
        y1[k]![i] = up += v;
      } else {
        y0[k]![i] = down;
        y1[k]![i] = down += v;
      }
      min = Math.min(min, y1[k]![i]!);
      max = Math.max(max, y1[k]![i]!);
    });
  }
  return { y0, y1, min, max };
}

const finite = (v: number | null | undefined) => (v != null && Number.isFinite(v) ? v : undefined);
