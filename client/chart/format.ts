/**
 * Number and date formatting for the line chart's ticks, tooltip and data table.
 * Fixed to en-US and UTC so a chart reads the same for every viewer and dates
 * written "2026-11-24" never shift a day with the browser's time zone.
 */

const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
const SUFFIX = ["", "K", "M", "B", "T"];
const cache = new Map<number, Intl.NumberFormat>();

/** Grouped en-US number with at most `digits` decimals; formatters are cached (costly to build). */
function grouped(v: number, digits: number): string {
  let f = cache.get(digits);
  if (!f) cache.set(digits, (f = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits })));
  return f.format(v || 0); // `|| 0` turns -0 into 0
}

/** `v / 1000^k` with a K/M/B/T suffix; exponent form past the trillions. */
function compact(v: number, k: number, digits: number): string {
  if (!v) return "0"; // a tick at zero reads "0", not "0M"
  return k < SUFFIX.length ? grouped(v / 1000 ** k, digits) + SUFFIX[k] : v.toExponential(2);
}

/** Decimals that leave three significant digits: 1.23, 12.3, 123. */
const sig3 = (a: number) => Math.min(20, Math.max(0, 2 - Math.floor(Math.log10(a))));

/**
 * A value as it reads in a tooltip: short but precise enough to compare.
 * @example formatNumber(1234.5) // "1,234.5"; formatNumber(1234567) // "1.23M"; formatNumber(0.001234) // "0.00123"
 */
export function formatNumber(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) {
    let k = Math.floor(Math.log10(a) / 3);
    // Three digits can round up into the next suffix: 999,999,999 reads "1B", not "1,000M".
    if (Number((a / 1000 ** k).toPrecision(3)) >= 1000) k++;
    return compact(v, k, sig3(a / 1000 ** k));
  }
  if (a === 0) return "0";
  if (a < 1) return grouped(v, sig3(a));
  // Up to six significant digits, at most two decimals: 299,548 / 1,234.5 / 12.35.
  return grouped(v, Math.max(0, Math.min(2, 5 - Math.floor(Math.log10(a)))));
}

/** A value in the screen-reader table: grouped, up to six decimals. */
export function formatExact(v: number): string {
  return grouped(v, 6);
}

/**
 * A formatter for ticks spaced `step` apart, showing just the decimals the step needs,
 * so 0, 0.5, 1 and not 0.0, 0.5, 1.0 or 0.49999999.
 * @example tickFormat(2e5, 1e6)(1.2e6) // "1.2M"
 */
export function tickFormat(step: number, maxAbs: number): (v: number) => string {
  const k = maxAbs >= 1e6 ? Math.floor(Math.log10(maxAbs) / 3) : 0;
  const digits = Math.max(0, Math.ceil(-Math.log10(step / 1000 ** k) - 1e-9));
  return k ? (v) => compact(v, k, digits) : (v) => grouped(v, digits);
}

/** What a date tick counts in; decides how it is written. */
export type TimeUnit = "second" | "minute" | "hour" | "day" | "month" | "year";

const pad = (n: number) => String(n).padStart(2, "0");
const monthDay = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
const clock = (d: Date, seconds: boolean) =>
  `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` + (seconds ? `:${pad(d.getUTCSeconds())}` : "");

/**
 * A date tick, written by the unit the ticks step in. Clock ticks that land on
 * midnight show the day instead, so a multi-day hourly axis still says which day.
 * @example formatDateTick(Date.UTC(2026, 10, 24), "day") // "Nov 24"
 */
export function formatDateTick(t: number, unit: TimeUnit): string {
  const d = new Date(t);
  switch (unit) {
    case "year":
      return String(d.getUTCFullYear());
    case "month":
      return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    case "day":
      return monthDay(d);
    default:
      return t % 864e5 === 0 ? monthDay(d) : clock(d, unit === "second");
  }
}

/** A full date for the tooltip and table: "Nov 24, 2026", plus "14:00" when the data has times. */
export function formatDate(t: number, withTime: boolean): string {
  const d = new Date(t);
  const day = `${monthDay(d)}, ${d.getUTCFullYear()}`;
  return withTime ? `${day}, ${clock(d, d.getUTCSeconds() !== 0)}` : day;
}
