/**
 * Forge Intelligence Hub's daily business metrics. A deterministic series per calendar
 * day (trend + weekly seasonality + stable per-day noise), so the dashboard's numbers and
 * chart follow the chosen reporting period and stay the same across runs and sessions.
 */

export interface DayMetrics {
  day: string;
  Revenue: number;
  Cost: number;
  Profit: number;
  activeUsers: number;
  churnRate: number;
  modelAccuracy: number;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2026, 0, 1);
/** longest period the dashboard charts */
export const MAX_PERIOD_DAYS = 366;

/** A stable pseudo-random number in [0, 1) for a day and a channel. */
function noise(dayIndex: number, channel: number): number {
  let x = Math.imul(dayIndex ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(channel + 1, 0xc2b2ae35);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  x ^= x >>> 12;
  return (x >>> 0) / 4294967296;
}

export function metricsFor(day: string): DayMetrics {
  const t = Math.round((Date.parse(day) - EPOCH) / DAY_MS);
  const weekday = new Date(Date.parse(day)).getUTCDay();
  const season = weekday === 0 || weekday === 6 ? 0.78 : 1;
  const revenue = 38_000 * (1 + 0.0012 * t) * season * (1 + 0.16 * (noise(t, 0) - 0.5));
  const cost = revenue * (0.6 + 0.08 * (noise(t, 1) - 0.5)) + 4_000;
  return {
    day,
    Revenue: Math.round(revenue),
    Cost: Math.round(cost),
    Profit: Math.round(revenue - cost),
    activeUsers: Math.round(7_600 + 2.4 * t + 420 * (noise(t, 2) - 0.5)),
    churnRate: 3.6 - 0.004 * t + 0.4 * (noise(t, 3) - 0.5),
    modelAccuracy: 92.4 + 0.006 * t + 1.2 * (noise(t, 4) - 0.5),
  };
}

export function daysBetween(start: string, end: string): DayMetrics[] {
  const from = Date.parse(start);
  const count = Math.min(MAX_PERIOD_DAYS, Math.round((Date.parse(end) - from) / DAY_MS) + 1);
  return Array.from({ length: Math.max(0, count) }, (_, i) => metricsFor(new Date(from + i * DAY_MS).toISOString().slice(0, 10)));
}

/** The period a date-range input describes: nothing chosen → the last 30 days. */
export function periodOf(chosen: string[], today: string): [string, string] {
  const shift = (d: string, days: number) => new Date(Date.parse(d) + days * DAY_MS).toISOString().slice(0, 10);
  if (chosen.length === 2) return [chosen[0]!, chosen[1]!];
  if (chosen.length === 1) return [chosen[0]!, shift(chosen[0]!, 29)];
  return [shift(today, -29), today];
}

/** The equally long period right before [start, end], for deltas. */
export function previousPeriod([start, end]: [string, string]): [string, string] {
  const len = Math.round((Date.parse(end) - Date.parse(start)) / DAY_MS) + 1;
  const endPrev = new Date(Date.parse(start) - DAY_MS).toISOString().slice(0, 10);
  return [new Date(Date.parse(endPrev) - (len - 1) * DAY_MS).toISOString().slice(0, 10), endPrev];
}
