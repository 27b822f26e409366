/**
 * radio and selectbox: one of a list of options of any type. Options travel as display
 * strings; the wire value is the chosen index, so the author gets back the very option.
 */
import type { Target } from "../target";
import { AuthorError } from "../errors";
import { invalid, type Validate } from "./kind";
import { type AnyArgs, type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

export interface ChoiceOptions<T, A extends unknown[] = unknown[]> extends WidgetOptions, CallbackOptions<A> {
  /** the initially chosen index (default 0); null chooses nothing */
  index?: number | null;
  /** how an option is shown (default String) */
  formatFunc?: (option: T) => string;
}

export interface RadioOptions<T, A extends unknown[] = unknown[]> extends ChoiceOptions<T, A> {
  horizontal?: boolean;
}

export interface SelectboxOptions<T, A extends unknown[] = unknown[]> extends ChoiceOptions<T, A> {
  /** shown when nothing is chosen */
  placeholder?: string;
}

export interface ChoiceApi {
  /** @example const mode = st.radio("Analysis Mode", ["Standard", "Advanced"]); */
  radio<T, A extends unknown[] = unknown[]>(label: string, options: readonly T[], opts?: RadioOptions<T, A> & { index?: number }): T;
  radio<T, A extends unknown[] = unknown[]>(label: string, options: readonly T[], opts: RadioOptions<T, A> & { index: null }): T | null;
  /** @example const ci = st.selectbox("Confidence interval", ["80%", "90%", "95%"]); */
  selectbox<T, A extends unknown[] = unknown[]>(label: string, options: readonly T[], opts?: SelectboxOptions<T, A> & { index?: number }): T;
  selectbox<T, A extends unknown[] = unknown[]>(label: string, options: readonly T[], opts: SelectboxOptions<T, A> & { index: null }): T | null;
}

export const validateChoice: Validate = (spec, v) => {
  if (v === null) return invalid("choose an option");
  const n = spec.n as number;
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v < n ? v : invalid(`expected an option index from 0 to ${n - 1}`);
};

/** selectbox and radio may also be emptied when they started empty */
export const validateChoiceOrNone: Validate = (spec, v) => (v === null && spec.none ? null : validateChoice(spec, v));

export const choiceApi: ChoiceApi & ThisType<Target> = {
  radio<T>(label: string, options: readonly T[], opts: RadioOptions<T> = {}) {
    const r = choose(this, "radio", label, options, opts);
    this.element("radio", { ...r.base, options: r.labels, value: r.shown, ...(opts.horizontal ? { horizontal: true } : {}) });
    return r.value as T;
  },
  selectbox<T>(label: string, options: readonly T[], opts: SelectboxOptions<T> = {}) {
    const r = choose(this, "selectbox", label, options, opts);
    this.element("selectbox", {
      ...r.base,
      options: r.labels,
      value: r.shown,
      ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
      ...(r.clearable ? { clearable: true } : {}),
    });
    return r.value as T;
  },
} as ChoiceApi & ThisType<Target>;

function choose<T>(dg: Target, kind: "radio" | "selectbox", label: string, options: readonly T[], opts: ChoiceOptions<T, AnyArgs>) {
  const labels = options.map((o) => (opts.formatFunc ? opts.formatFunc(o) : String(o)));
  const index = options.length === 0 ? null : opts.index === undefined ? 0 : opts.index;
  if (index !== null && !(Number.isInteger(index) && index >= 0 && index < options.length)) {
    throw new AuthorError(`${kind} "${label}": index ${index} is not an option (there are ${options.length}).`);
  }
  const r = registerWidget(dg, {
    validate: validateChoiceOrNone,
    kind,
    label,
    params: [labels, index],
    spec: index === null ? { n: options.length, none: true } : { n: options.length },
    initial: index,
    opts,
    callback: callbackOf(opts),
    decode: (i) => (i === null ? null : (options[i as number] ?? null)),
  });
  const value = r.value === null ? null : (options[r.value as number] ?? null);
  return { ...r, labels, value, shown: r.shown as number | null, clearable: index === null };
}
