/**
 * dateInput: an ISO date ("YYYY-MM-DD"), or a range of up to two dates when the value is a
 * list. Dates are plain calendar dates — no time zone to get wrong.
 */
import type { Container } from "../container";
import { AuthorError } from "../errors";
import { invalid, type Validate } from "./kind";
import { type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

type DateLike = string | Date;

export interface DateInputOptions<V, A extends unknown[] = unknown[]> extends WidgetOptions, CallbackOptions<A> {
  /** initial value: a date (default today, UTC), null for none, or a list of 0–2 dates for a range */
  value?: V;
  min?: DateLike;
  max?: DateLike;
}

export interface DateInputApi {
  /** @example const period = st.dateInput("Reporting Period", { value: [] }); // [] | [start] | [start, end] */
  dateInput<A extends unknown[] = unknown[]>(label: string, opts: DateInputOptions<DateLike[], A> & { value: DateLike[] }): string[];
  dateInput<A extends unknown[] = unknown[]>(label: string, opts: DateInputOptions<null, A> & { value: null }): string | null;
  dateInput<A extends unknown[] = unknown[]>(label: string, opts?: DateInputOptions<DateLike, A>): string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(v: unknown): v is string {
  const m = typeof v === "string" ? ISO.exec(v) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === v;
}

export function toIsoDate(v: DateLike, what: string): string {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new AuthorError(`dateInput: ${what} is an invalid Date.`);
    return v.toISOString().slice(0, 10);
  }
  if (!isIsoDate(v)) throw new AuthorError(`dateInput: ${what} "${v}" is not a date of the form YYYY-MM-DD.`);
  return v;
}

export const validateDate: Validate = (spec, v) => {
  const { min, max, initial } = spec as { min?: string; max?: string; initial?: string };
  const inRange = (d: unknown) => isIsoDate(d) && (!min || d >= min) && (!max || d <= max);
  const bounds = `${min ?? "any"} to ${max ?? "any"}`;
  if (spec.range) {
    if (!Array.isArray(v) || v.length > 2 || !v.every(inRange)) return invalid(`expected up to two dates (YYYY-MM-DD) from ${bounds}`);
    return v.length === 2 && (v[0] as string) > (v[1] as string) ? invalid("the start date is after the end date") : v;
  }
  // A required date a person emptied is its default again, as Streamlit's is when its
  // calendar closes empty (specs stored before `initial` was kept still refuse it).
  if (v === null) return spec.nullable ? null : (initial ?? invalid("a date is required"));
  return inRange(v) ? v : invalid(`expected a date (YYYY-MM-DD) from ${bounds}`);
};

/** The default "today" is moved into min–max, as Streamlit moves it. */
function clamp(d: string, min: string | undefined, max: string | undefined): string {
  return min && d < min ? min : max && d > max ? max : d;
}

/** Streamlit's checks: min after max, or a default outside them, is the author's mistake. */
function checkBounds(initial: string | string[] | null, min: string | undefined, max: string | undefined): void {
  if (min && max && min > max) throw new AuthorError(`dateInput: min ${min} is after max ${max}.`);
  const dates = initial === null ? [] : Array.isArray(initial) ? initial : [initial];
  if (dates.length === 2 && dates[0]! > dates[1]!) throw new AuthorError(`dateInput: the range ${dates[0]} to ${dates[1]} ends before it starts.`);
  const outside = dates.find((d) => (min && d < min) || (max && d > max));
  if (outside) throw new AuthorError(`dateInput: the value ${outside} must lie between min ${min ?? "(none)"} and max ${max ?? "(none)"}.`);
}

export const dateInputApi: DateInputApi & ThisType<Container> = {
  dateInput(label: string, opts: DateInputOptions<DateLike | DateLike[] | null> = {}) {
    const range = Array.isArray(opts.value);
    const spec: Record<string, unknown> = {};
    if (opts.min !== undefined) spec.min = toIsoDate(opts.min, "min");
    if (opts.max !== undefined) spec.max = toIsoDate(opts.max, "max");
    const initial =
      opts.value === undefined
        ? clamp(new Date().toISOString().slice(0, 10), spec.min as string | undefined, spec.max as string | undefined)
        : opts.value === null
          ? null
          : Array.isArray(opts.value)
            ? opts.value.map((d, i) => toIsoDate(d, `value[${i}]`))
            : toIsoDate(opts.value, "value");
    if (range) spec.range = true;
    if (initial === null) spec.nullable = true;
    else if (!range) spec.initial = initial;
    checkBounds(initial, spec.min as string | undefined, spec.max as string | undefined);
    const r = registerWidget(this, {
      kind: "dateInput",
      label,
      // "today" rather than the date itself, so the widget keeps its identity past midnight
      params: [opts.value === undefined ? "today" : initial, spec.min ?? null, spec.max ?? null, range],
      spec,
      initial,
      opts,
      callback: callbackOf(opts),
    });
    this.element("dateInput", {
      ...r.base,
      value: r.shown as string | string[] | null,
      range,
      ...(spec.min ? { min: spec.min as string } : {}),
      ...(spec.max ? { max: spec.max as string } : {}),
      // Streamlit's range empties when its text is deleted; two native inputs need a button for that
      ...(initial === null || range ? { clearable: true } : {}),
    });
    return (Array.isArray(r.value) ? [...r.value] : r.value) as string;
  },
} as DateInputApi & ThisType<Container>;
