/**
 * One series as SVG path strings: a single DOM node however many points, which is
 * what keeps 10,000-point charts smooth. Null (or non-finite) values break the line.
 */

import type { Scale } from "./scale";

/** Pixels to one decimal: finer is invisible and only lengthens the string. */
const r = (v: number) => Math.round(v * 10) / 10;

export interface SeriesPath {
  /** `M`/`L` commands through every run of two or more points */
  line: string;
  /** zero-length segments (`M x,y h0`) at points with gaps on both sides, drawn as dots by a thick round cap */
  dots: string;
}

/**
 * The path through the points at pixel x `px[i]` and value `y[i]`. A lone point
 * would draw nothing as a line, so it goes to `dots` instead.
 *
 * Points sharing a pixel column keep only their first, lowest, highest and last:
 * the same picture with at most four points per pixel, so 10,000 points on a
 * 700px chart cost about as little to build, and to paint on each hover, as 2,800.
 * @example linePath([0, 10, 20, 30], [1, null, 3, 4], (v) => v) // { line: "M20,3L30,4", dots: "M0,1h0" }
 */
export function linePath(px: ArrayLike<number>, y: readonly (number | null)[], sy: Scale): SeriesPath {
  let line = "";
  let dots = "";
  let run = ""; // the current unbroken run
  let count = 0; // points in it
  let col = NaN; // the pixel column being collected, and indices of its first, lowest, highest, last point
  let first = 0, lo = 0, hi = 0, last = 0;
  const ys = new Float64Array(px.length);

  const add = (i: number) => (run += (count++ ? "L" : "M") + r(px[i]!) + "," + r(ys[i]!));
  const flush = () => {
    if (Number.isNaN(col)) return; // NaN: nothing collected
    add(first);
    // Screen y grows downward: the lowest value has the highest pixel y.
    let prev = first;
    for (const i of lo < hi ? [lo, hi, last] : [hi, lo, last]) if (i > prev) add((prev = i));
    col = NaN;
  };
  const end = () => {
    flush();
    if (count === 1) dots += run + "h0";
    else line += run;
    run = "";
    count = 0;
  };

  for (let i = 0; i < px.length; i++) {
    const v = y[i];
    if (v == null || !Number.isFinite(v)) {
      end();
      continue;
    }
    ys[i] = sy(v);
    const c = Math.round(px[i]!);
    if (c !== col) {
      flush();
      col = c;
      first = lo = hi = i;
    } else {
      if (ys[i]! > ys[lo]!) lo = i;
      if (ys[i]! < ys[hi]!) hi = i;
    }
    last = i;
  }
  end();
  return { line, dots };
}
