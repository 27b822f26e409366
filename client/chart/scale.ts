/**
 * Linear scales and "nice" numeric ticks (steps of 1, 2 or 5 × 10^n) for the line
 * chart. Pure functions, no DOM, so they can be checked in node.
 */

export type Scale = (v: number) => number;

/** Maps the domain [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle (a single x). */
export function linear(d0: number, d1: number, r0: number, r1: number): Scale {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/**
 * The 1, 2 or 5 × 10^n step that cuts [lo, hi] into at most about `count` pieces.
 * @example niceStep(0, 97, 5) // 20
 */
export function niceStep(lo: number, hi: number, count: number): number {
  const raw = (hi - lo) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/** Multiples of `step` within [lo, hi], computed as i × step and rounded so 0.1 + 0.2 never shows. */
export function ticksBetween(lo: number, hi: number, step: number): number[] {
  const out: number[] = [];
  const last = Math.floor(hi / step + 1e-9);
  for (let i = Math.ceil(lo / step - 1e-9); i <= last && out.length < 100; i++) {
    out.push(Number((i * step).toPrecision(12)));
  }
  return out;
}

export interface NiceDomain {
  lo: number;
  hi: number;
  step: number;
  ticks: number[];
}

/**
 * The y domain for values in [min, max]: padded by 5% so lines don't touch the frame,
 * not crossing zero when the data doesn't, then widened to whole ticks so the top
 * and bottom grid lines frame the plot. Equal values get a band around them.
 * @example niceDomain(10, 90, 5) // { lo: 0, hi: 100, step: 20, ticks: [0, 20, 40, 60, 80, 100] }
 */
export function niceDomain(min: number, max: number, count: number): NiceDomain {
  let lo = min;
  let hi = max;
  if (lo === hi) {
    const d = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= d;
    hi += d;
  } else {
    const pad = (hi - lo) * 0.05;
    lo = min >= 0 ? Math.max(0, lo - pad) : lo - pad;
    hi = max <= 0 ? Math.min(0, hi + pad) : hi + pad;
  }
  const step = niceStep(lo, hi, count);
  // rounded as the ticks are, so the frame's edges are its first and last ticks exactly (not 5.6000000000000005)
  lo = Number((Math.floor(lo / step + 1e-9) * step).toPrecision(12));
  hi = Number((Math.ceil(hi / step - 1e-9) * step).toPrecision(12));
  return { lo, hi, step, ticks: ticksBetween(lo, hi, step) };
}

/** Index of the sorted `xs` value nearest to `p`, by binary search (fast for 10,000 points). */
export function nearest(xs: ArrayLike<number>, p: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < p) lo = mid;
    else hi = mid;
  }
  return Math.abs(xs[hi]! - p) < Math.abs(xs[lo]! - p) ? hi : lo;
}
