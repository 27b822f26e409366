/** numberInput: a number within optional bounds; integers when every number given is one. */
import type { Target } from "../target";
import { AuthorError } from "../errors";
import { Invalid, invalid, isNumberIn, type Validate } from "./kind";
import { type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

export interface NumberInputOptions<A extends unknown[] = unknown[]> extends WidgetOptions, CallbackOptions<A> {
  min?: number;
  max?: number;
  /** initial value (default min, else 0); null starts empty and allows emptying */
  value?: number | null;
  /** default 1 for integers, 0.01 otherwise */
  step?: number;
  placeholder?: string;
}

export interface NumberInputApi {
  /** @example const every = st.numberInput("Auto-refresh interval (seconds)", { min: 30, value: 300 }); */
  numberInput<A extends unknown[] = unknown[]>(label: string, opts: NumberInputOptions<A> & { value: null }): number | null;
  numberInput<A extends unknown[] = unknown[]>(label: string, opts?: NumberInputOptions<A>): number;
}

export const validateNumber: Validate = (spec, v) => {
  if (v === null) return spec.nullable ? null : invalid("a number is required");
  const min = (spec.min as number | undefined) ?? -Infinity;
  const max = (spec.max as number | undefined) ?? Infinity;
  if (!isNumberIn(v, min, max)) return invalid(`expected a number from ${min} to ${max}`);
  if (spec.integer && !Number.isInteger(v)) return invalid("expected a whole number");
  return v;
};

export const numberInputApi: NumberInputApi & ThisType<Target> = {
  numberInput(label: string, opts: NumberInputOptions = {}) {
    const { min, max } = opts;
    const initial = opts.value === undefined ? (min ?? 0) : opts.value;
    // As Streamlit: whole numbers when every number the author gave is one; with none given
    // it is a float (0.0 in steps of 0.01), not an integer.
    const given = [min, max, opts.value, opts.step].filter((n) => n !== undefined && n !== null);
    const integer = given.length > 0 && given.every((n) => Number.isInteger(n));
    const step = opts.step ?? (integer ? 1 : 0.01);
    const spec: Record<string, unknown> = { integer };
    if (min !== undefined) spec.min = min;
    if (max !== undefined) spec.max = max;
    if (initial === null) spec.nullable = true;
    if (validateNumber(spec, initial) instanceof Invalid) {
      throw new AuthorError(`numberInput "${label}": value ${initial} is outside ${min ?? "-∞"}…${max ?? "∞"}.`);
    }
    const r = registerWidget(this, {
      validate: validateNumber,
      kind: "numberInput",
      label,
      params: [min ?? null, max ?? null, initial, step],
      spec,
      initial,
      opts,
      callback: callbackOf(opts),
    });
    this.element("numberInput", {
      ...r.base,
      value: r.shown as number | null,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      step,
      integer,
      ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
      ...(initial === null ? { clearable: true } : {}),
    });
    return r.value as number;
  },
} as NumberInputApi & ThisType<Target>;
