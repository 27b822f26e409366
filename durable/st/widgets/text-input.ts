/** textInput: one line of text, sent by the browser on blur or Enter. */
import type { Target } from "../target";
import { invalid, type Validate } from "./kind";
import { type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

/** hard cap even without maxChars, so one widget can't fill the session's storage */
const MAX_TEXT = 100_000;

export interface TextInputOptions<A extends unknown[] = unknown[]> extends WidgetOptions, CallbackOptions<A> {
  /** default ""; null (Streamlit's value=None) returns null until something is entered */
  value?: string | null;
  placeholder?: string;
  maxChars?: number;
  type?: "default" | "password";
}

export interface TextInputApi {
  /** @example const metric = st.textInput("Target metric", { placeholder: "e.g. daily_revenue" }); */
  textInput<A extends unknown[] = unknown[]>(label: string, opts: TextInputOptions<A> & { value: null }): string | null;
  textInput<A extends unknown[] = unknown[]>(label: string, opts?: TextInputOptions<A>): string;
}

export const validateText: Validate = (spec, v) => {
  const max = (spec.maxChars as number | undefined) ?? MAX_TEXT;
  if (v === null && spec.nullable) return null;
  if (typeof v !== "string") return invalid("expected text");
  return v.length <= max ? v : invalid(`text longer than ${max} characters`);
};

/** What a text widget's values are checked against: its limit, and whether null is allowed. */
export function textSpec(initial: string | null, maxChars: number | undefined): Record<string, unknown> {
  const spec: Record<string, unknown> = maxChars !== undefined ? { maxChars } : {};
  // Streamlit's value=None: null until something is entered; clearing then gives "".
  if (initial === null) spec.nullable = true;
  return spec;
}

export const textInputApi: TextInputApi & ThisType<Target> = {
  textInput(label: string, opts: TextInputOptions = {}) {
    const initial = opts.value === undefined ? "" : opts.value;
    const spec = textSpec(initial, opts.maxChars);
    const r = registerWidget(this, {
      validate: validateText,
      kind: "textInput",
      label,
      params: [initial, opts.maxChars ?? null, opts.type ?? "default"],
      spec,
      initial,
      opts,
      callback: callbackOf(opts),
    });
    this.element("textInput", {
      ...r.base,
      value: r.shown as string | null,
      ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
      ...(opts.maxChars !== undefined ? { maxChars: opts.maxChars } : {}),
      ...(opts.type === "password" ? { password: true } : {}),
    });
    return r.value as string;
  },
} as TextInputApi & ThisType<Target>;
