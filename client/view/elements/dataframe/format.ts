/**
 * What a cell shows, as text, by its column's type and format — Streamlit's column
 * formatting: numbers as printf-style or named formats, dates and times by momentJS-style
 * tokens (in UTC: the data's clock, not the reader's), lists as their values. Pure: the
 * cell views (cells.ts) draw checkboxes, bars, links and sparklines around this text.
 */
import type { Cell, ColumnDesc } from "../../../../protocol/data";
import { sprintf } from "./sprintf";

const en = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat("en-US", o);
const NAMED: Record<string, (v: number) => string> = {
  plain: (v) => String(v),
  localized: (v) => new Intl.NumberFormat(undefined).format(v),
  percent: (v) => en({ style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v),
  dollar: (v) => en({ style: "currency", currency: "USD", currencyDisplay: "narrowSymbol" }).format(v),
  euro: (v) => en({ style: "currency", currency: "EUR", currencyDisplay: "narrowSymbol" }).format(v),
  yen: (v) => en({ style: "currency", currency: "JPY", currencyDisplay: "narrowSymbol" }).format(v),
  accounting: (v) => {
    const s = en({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(v));
    return v < 0 ? `(${s})` : s;
  },
  compact: (v) => en({ notation: "compact" }).format(v),
  scientific: (v) => en({ notation: "scientific", maximumFractionDigits: 3 }).format(v),
  engineering: (v) => en({ notation: "engineering", maximumFractionDigits: 3 }).format(v),
};
const DEFAULT_NUMBER = en({ maximumFractionDigits: 4 });

/** A number in a format: a named one, printf-style, or (none) thousands separators and up to 4 decimals. */
export function formatNumber(v: number, format?: string): string {
  if (!Number.isFinite(v)) return "";
  if (format === undefined || format === "") return DEFAULT_NUMBER.format(v);
  const named = NAMED[format];
  return named ? named(v) : sprintf(format, v);
}

const DATE_DEFAULTS = { datetime: "YYYY-MM-DD HH:mm:ss", date: "YYYY-MM-DD", time: "HH:mm:ss" } as const;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const TOKENS = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|DD|Do|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a|Z/g;

/** A date in momentJS tokens ("D MMM YYYY, h:mm a"), or "localized", or "iso8601". */
export function formatDate(d: Date, format: string): string {
  if (format === "iso8601") return d.toISOString();
  if (format === "localized") return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }).format(d);
  const two = (n: number) => String(n).padStart(2, "0");
  const h = d.getUTCHours();
  return format.replace(TOKENS, (t: string, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (t) {
      case "YYYY": return String(d.getUTCFullYear());
      case "YY": return two(d.getUTCFullYear() % 100);
      case "MMMM": return MONTHS[d.getUTCMonth()]!;
      case "MMM": return MONTHS[d.getUTCMonth()]!.slice(0, 3);
      case "MM": return two(d.getUTCMonth() + 1);
      case "M": return String(d.getUTCMonth() + 1);
      case "DD": return two(d.getUTCDate());
      case "Do": return ordinal(d.getUTCDate());
      case "D": return String(d.getUTCDate());
      case "dddd": return DAYS[d.getUTCDay()]!;
      case "ddd": return DAYS[d.getUTCDay()]!.slice(0, 3);
      case "HH": return two(h);
      case "H": return String(h);
      case "hh": return two(h % 12 || 12);
      case "h": return String(h % 12 || 12);
      case "mm": return two(d.getUTCMinutes());
      case "m": return String(d.getUTCMinutes());
      case "ss": return two(d.getUTCSeconds());
      case "s": return String(d.getUTCSeconds());
      case "SSS": return String(d.getUTCMilliseconds()).padStart(3, "0");
      case "A": return h < 12 ? "AM" : "PM";
      case "a": return h < 12 ? "am" : "pm";
      default: return "+00:00";
    }
  });
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${s}`;
}

/** A time of day ("13:45:00") or an ISO date-time as a Date; null if it is neither. */
function toDate(v: Cell): Date | null {
  if (typeof v === "number") return new Date(v);
  if (typeof v !== "string") return null;
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/.exec(v);
  if (time) return new Date(Date.UTC(1970, 0, 1, Number(time[1]), Number(time[2]), Number(time[3] ?? 0)));
  const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !/T|\d \d/.test(v) ? v : `${v.replace(" ", "T")}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The text a cell shows; null for an empty cell. */
export function cellText(col: ColumnDesc, v: Cell): string | null {
  if (v === null) return null;
  switch (col.type) {
    case "number":
    case "progress":
      return typeof v === "number" ? formatNumber(v, col.format) : String(v);
    case "datetime":
    case "date":
    case "time": {
      const d = toDate(v);
      return d ? formatDate(d, col.format ?? DATE_DEFAULTS[col.type]) : String(v);
    }
    case "checkbox":
      return v === true ? "true" : v === false ? "false" : String(v);
    case "link":
      return typeof v === "string" ? linkText(v, col.display) : String(v);
    case "list":
    case "lineChart":
      return Array.isArray(v) ? `[${v.map((x) => (x === null ? "None" : formatNumber(x))).join(", ")}]` : String(v);
    default:
      return typeof v === "number" ? formatNumber(v) : String(v);
  }
}

/** A link's text: fixed, or the first group of a regex over the URL (Streamlit's display_text). */
export function linkText(url: string, display: string | undefined): string {
  if (display === undefined) return url;
  if (!display.includes("(")) return display;
  try {
    const m = new RegExp(display).exec(url);
    return m?.[1] ?? url;
  } catch {
    return display;
  }
}

/** A progress cell's fill, 0–1: `min`..`max`, by default 0..100, or 0..1 for a "percent" format. */
export function progressOf(col: ColumnDesc, v: number): number {
  const min = col.min ?? 0;
  const max = col.max ?? (col.format === "percent" ? 1 : 100);
  return max > min ? Math.min(1, Math.max(0, (v - min) / (max - min))) : 0;
}

/** True when the column's cells are right-aligned (numbers and dates, as Streamlit). */
export function alignsRight(col: ColumnDesc): boolean {
  return col.type === "number" || col.type === "progress";
}
