/**
 * Bars, areas and points as SVG path strings: one DOM node per series however many
 * marks, as the line's path is (path.ts). Coordinates are given along the index axis
 * (where the x values sit) and the value axis; `horizontal` swaps them onto the screen.
 */

import type { Scale } from "./scale";

/** Pixels to one decimal: finer is invisible and only lengthens the string. */
const r = (v: number) => Math.round(v * 10) / 10;

/** A screen point from an index-axis and a value-axis pixel. */
const at = (horizontal: boolean, i: number, v: number) => (horizontal ? `${r(v)},${r(i)}` : `${r(i)},${r(v)}`);

/**
 * One series' bars: a rectangle per x from `y0` to `y1`, `width` wide, starting `offset`
 * pixels after the band's middle (grouped bars sit side by side). NaN: no bar.
 * @example barsPath([50], 10, -5, [0], [2], (v) => 100 - v * 10, false) // "M45,100L45,80L55,80L55,100Z"
 */
export function barsPath(px: ArrayLike<number>, width: number, offset: number, y0: ArrayLike<number>, y1: ArrayLike<number>, sv: Scale, horizontal: boolean): string {
  let d = "";
  for (let i = 0; i < px.length; i++) {
    const a = y0[i]!;
    const b = y1[i]!;
    if (Number.isNaN(a) || Number.isNaN(b) || a === b) continue;
    const s = px[i]! + offset;
    const e = s + width;
    const va = sv(a);
    const vb = sv(b);
    d += `M${at(horizontal, s, va)}L${at(horizontal, s, vb)}L${at(horizontal, e, vb)}L${at(horizontal, e, va)}Z`;
  }
  return d;
}

/**
 * One series' area between `y0` and `y1`, and the line along its top; NaN breaks both,
 * as a gap breaks a line chart's line.
 */
export function areaPath(px: ArrayLike<number>, y0: ArrayLike<number>, y1: ArrayLike<number>, sv: Scale): { fill: string; line: string } {
  let fill = "";
  let line = "";
  let run: number[] = [];
  const end = () => {
    if (run.length) {
      const top = run.map((i, k) => (k ? "L" : "M") + at(false, px[i]!, sv(y1[i]!))).join("");
      const bottom = run.reverse().map((i) => "L" + at(false, px[i]!, sv(y0[i]!))).join("");
      fill += top + bottom + "Z";
      line += top;
    }
    run = [];
  };
  for (let i = 0; i < px.length; i++) {
    if (Number.isNaN(y0[i]!) || Number.isNaN(y1[i]!)) end();
    else run.push(i);
  }
  end();
  return { fill, line };
}

/** Circles of radius `radius(i)` at each finite value: two arcs each, so one path holds them all. */
export function pointsPath(px: ArrayLike<number>, y: readonly (number | null)[], sv: Scale, radius: (i: number) => number): string {
  let d = "";
  for (let i = 0; i < px.length; i++) {
    const v = y[i];
    if (v == null || !Number.isFinite(v)) continue;
    const rr = r(radius(i));
    d += `M${r(px[i]! - rr)},${r(sv(v))}a${rr},${rr} 0 1,0 ${2 * rr},0a${rr},${rr} 0 1,0 ${-2 * rr},0`;
  }
  return d;
}
