/**
 * Date ticks for the line chart: picks a calendar step (seconds up to years) that
 * fits the span, and places ticks on round UTC boundaries — midnight, the 1st of a
 * month, Sundays for weeks — rather than at arbitrary millisecond multiples.
 */

import type { TimeUnit } from "./format";
import { niceStep } from "./scale";

const SEC = 1e3;
const MIN = 6e4;
const HOUR = 36e5;
const DAY = 864e5;

/** Candidate steps, shortest first: [unit, count, approximate length in ms]; a month counts 30.4 days. */
const STEPS = (
  [
    ["second", [1, 5, 15, 30], SEC],
    ["minute", [1, 5, 15, 30], MIN],
    ["hour", [1, 3, 6, 12], HOUR],
    ["day", [1, 2, 7, 14], DAY],
    ["month", [1, 3, 6], 30.4 * DAY],
  ] as const
).flatMap(([unit, counts, ms]) => counts.map((n) => [unit, n, n * ms] as const));

export interface TimeTicks {
  ticks: number[];
  unit: TimeUnit;
}

/**
 * About `count` (or fewer) ticks between the timestamps `min` and `max`, and the
 * unit they step in (which decides their format).
 * @example timeTicks(Date.UTC(2026, 10, 1), Date.UTC(2026, 10, 30), 5).unit // "day" (weekly)
 */
export function timeTicks(min: number, max: number, count: number): TimeTicks {
  const span = max - min;
  const pick = STEPS.find(([, , ms]) => span / ms <= count);
  if (!pick) return yearTicks(min, max, count);
  const [unit, n, step] = pick; // step is exact for all but months
  const ticks: number[] = [];
  if (unit === "month") {
    const d = new Date(min);
    let m = d.getUTCFullYear() * 12 + d.getUTCMonth();
    if (Date.UTC(Math.floor(m / 12), m % 12) < min) m++;
    m = Math.ceil(m / n) * n; // quarters start in Jan, Apr, Jul, Oct
    for (let t: number; (t = Date.UTC(Math.floor(m / 12), m % 12)) <= max; m += n) ticks.push(t);
    return { ticks, unit };
  }
  // Weeks start on Sunday: day 0 (1970-01-01) was a Thursday, so Sundays are days 3 + 7k.
  const offset = n >= 7 ? 3 * DAY : 0;
  for (let t = Math.ceil((min - offset) / step) * step + offset; t <= max; t += step) ticks.push(t);
  return { ticks, unit };
}

/** January 1sts, stepping 1, 2, 5, 10… years. */
function yearTicks(min: number, max: number, count: number): TimeTicks {
  const y0 = new Date(min).getUTCFullYear();
  const y1 = new Date(max).getUTCFullYear();
  const step = Math.max(1, niceStep(y0, y1, count));
  const ticks: number[] = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
    const t = Date.UTC(y, 0);
    if (t >= min) ticks.push(t);
  }
  return { ticks, unit: "year" };
}
