/** timeInput: a time of day as "HH:MM" (Streamlit's st.time_input; its datetime.time as text). */
import { AuthorError } from "../errors";
import type { Target } from "../target";
import { invalid, type Validate } from "./kind";
import { type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface TimeInputOptions<A extends unknown[] = unknown[]> extends WidgetOptions, CallbackOptions<A> {
  /** "HH:MM"; default the current time (UTC) to the minute; null: none until one is chosen */
  value?: string | null;
  /** seconds between the times offered, 60 to 82800 (default 900: 15 minutes) */
  step?: number;
}

export interface TimeInputApi {
  /** @example const opens = st.timeInput("Opens at", { value: "09:00" }); */
  timeInput<A extends unknown[] = unknown[]>(label: string, opts: TimeInputOptions<A> & { value: null }): string | null;
  timeInput<A extends unknown[] = unknown[]>(label: string, opts?: TimeInputOptions<A>): string;
}

export const validateTime: Validate = (spec, v) => {
  if (v === null && spec.nullable) return null;
  return typeof v === "string" && TIME.test(v) ? v : invalid('expected a time as "HH:MM"');
};

export const timeInputApi: TimeInputApi & ThisType<Target> = {
  timeInput(label: string, opts: TimeInputOptions = {}) {
    const step = opts.step ?? 900;
    // Streamlit's bounds: at least a minute, less than a day
    if (!(Number.isInteger(step) && step >= 60 && step <= 82_800)) {
      throw new AuthorError(`timeInput "${label}": step must be a whole number of seconds from 60 to 82800.`);
    }
    if (typeof opts.value === "string" && !TIME.test(opts.value)) {
      throw new AuthorError(`timeInput "${label}": value ${JSON.stringify(opts.value)} is not a time as "HH:MM".`);
    }
    const initial = opts.value === undefined ? new Date().toISOString().slice(11, 16) : opts.value;
    const spec: Record<string, unknown> = initial === null ? { nullable: true } : {};
    const r = registerWidget(this, {
      validate: validateTime,
      kind: "timeInput",
      label,
      // "now" rather than the time itself, so the widget keeps its identity as the clock moves
      params: [opts.value === undefined ? "now" : initial, step],
      spec,
      initial,
      opts,
      callback: callbackOf(opts),
    });
    this.element("timeInput", { ...r.base, value: r.shown as string | null, step, clearable: initial === null });
    return r.value as string;
  },
} as TimeInputApi & ThisType<Target>;
