/**
 * selectSlider: a slider over a list of options (Streamlit's st.select_slider) — one option,
 * or a [lo, hi] pair of them when `value` is a pair. The wire value is the option's index,
 * or [i, j] with i ≤ j; the browser shows each position as its formatted option.
 */
import { AuthorError } from "../errors";
import type { Target } from "../target";
import { invalid, type Validate } from "./kind";
import { describeOption, optionIndex } from "./option-index";
import { type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

export interface SelectSliderOptions<V, T, A extends unknown[] = unknown[]> extends WidgetOptions, CallbackOptions<A> {
  /** the option chosen at first (default the first); a pair of options makes a range */
  value?: V;
  /** how an option is shown (default String) */
  formatFunc?: (option: T) => string;
}

export interface SelectSliderApi {
  /**
   * @example const color = st.selectSlider("Select a color of the rainbow", ["red", "orange", "yellow", "green", "blue"]);
   * @example const [from, to] = st.selectSlider("Select a range", ["red", "orange", "yellow", "green"], { value: ["red", "yellow"] });
   */
  selectSlider<T, A extends unknown[] = unknown[]>(
    label: string,
    options: readonly T[],
    opts: SelectSliderOptions<readonly [T, T], T, A> & { value: readonly [T, T] },
  ): [T, T];
  selectSlider<T, A extends unknown[] = unknown[]>(label: string, options: readonly T[], opts?: SelectSliderOptions<T, T, A>): T;
}

const isIndex = (v: unknown, n: number): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0 && v < n;

export const validateSelectSlider: Validate = (spec, v) => {
  const n = spec.n as number;
  if (spec.range) {
    return Array.isArray(v) && v.length === 2 && isIndex(v[0], n) && isIndex(v[1], n) && v[0] <= v[1]
      ? v
      : invalid(`expected [i, j], option indices with 0 ≤ i ≤ j ≤ ${n - 1}`);
  }
  return isIndex(v, n) ? v : invalid(`expected an option index from 0 to ${n - 1}`);
};

export const selectSliderApi: SelectSliderApi & ThisType<Target> = {
  selectSlider<T>(label: string, options: readonly T[], opts: SelectSliderOptions<T | readonly [T, T], T> = {}) {
    if (options.length === 0) throw new AuthorError(`selectSlider "${label}": the options must not be empty.`);
    const initial = initialValue(label, options, opts.value);
    const range = Array.isArray(initial);
    const labels = options.map((o) => (opts.formatFunc ? opts.formatFunc(o) : String(o)));
    const pick = (wire: unknown) => (Array.isArray(wire) ? [options[wire[0]], options[wire[1]]] : options[wire as number]);
    const r = registerWidget(this, {
      validate: validateSelectSlider,
      kind: "selectSlider",
      label,
      params: [labels, initial],
      spec: range ? { n: options.length, range: true } : { n: options.length },
      initial,
      opts,
      callback: callbackOf(opts),
      decode: pick,
    });
    this.element("selectSlider", { ...r.base, options: labels, value: r.shown as number | [number, number] });
    return pick(r.value) as T & [T, T];
  },
} as SelectSliderApi & ThisType<Target>;

/**
 * `value` as an index or a pair of them (the first option when none is given). A two-item
 * array is a range unless it is itself one of the options; a reversed pair is put in order,
 * as Streamlit does.
 */
function initialValue<T>(label: string, options: readonly T[], value: T | readonly [T, T] | undefined): number | [number, number] {
  if (value === undefined) return 0;
  const indexOf = (v: unknown) => {
    const i = optionIndex(options, v);
    if (i === -1) throw new AuthorError(`selectSlider "${label}": the value ${describeOption(v)} is not one of the options.`);
    return i;
  };
  if (!Array.isArray(value) || optionIndex(options, value) !== -1) return indexOf(value);
  if (value.length !== 2) {
    throw new AuthorError(`selectSlider "${label}": a range value is a pair of options, [start, end] (got ${value.length} items).`);
  }
  const [a, b] = [indexOf(value[0]), indexOf(value[1])];
  return a <= b ? [a, b] : [b, a];
}
