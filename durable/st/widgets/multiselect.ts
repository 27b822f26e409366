/**
 * multiselect: any number of a list of options, in the order they were chosen (Streamlit's
 * st.multiselect). Options travel as display strings; the wire value is the list of chosen
 * indices, so the author gets back the very options.
 */
import { AuthorError } from "../errors";
import type { Target } from "../target";
import { invalid, type Validate } from "./kind";
import { describeOption, optionIndex } from "./option-index";
import { type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

export interface MultiselectOptions<T, A extends unknown[] = unknown[]> extends WidgetOptions, CallbackOptions<A> {
  /** chosen at first: a list of options, or a single one (default none) */
  default?: readonly T[] | T | null;
  /** at most this many may be chosen (default: no limit) */
  maxSelections?: number;
  /** shown while nothing is chosen (default "Choose an option") */
  placeholder?: string;
  /** how an option is shown (default String) */
  formatFunc?: (option: T) => string;
}

export interface MultiselectApi {
  /** @example const colors = st.multiselect("What are your favorite colors", ["Green", "Yellow", "Red", "Blue"], { default: ["Yellow", "Red"] }); */
  multiselect<T, A extends unknown[] = unknown[]>(label: string, options: readonly T[], opts?: MultiselectOptions<T, A>): T[];
}

export const validateMultiselect: Validate = (spec, v) => {
  const n = spec.n as number;
  const max = spec.max as number | undefined;
  if (!Array.isArray(v)) return invalid("expected a list of option indices");
  const seen = new Set<number>();
  for (const i of v) {
    if (!(typeof i === "number" && Number.isInteger(i) && i >= 0 && i < n)) return invalid(`expected option indices from 0 to ${n - 1}`);
    if (seen.has(i)) return invalid(`option ${i} is chosen twice`);
    seen.add(i);
  }
  if (max !== undefined && v.length > max) return invalid(`at most ${max} ${max === 1 ? "option" : "options"} may be chosen`);
  return v;
};

export const multiselectApi: MultiselectApi & ThisType<Target> = {
  multiselect<T>(label: string, options: readonly T[], opts: MultiselectOptions<T> = {}) {
    const { maxSelections: max } = opts;
    if (max !== undefined && !(Number.isInteger(max) && max > 0)) {
      throw new AuthorError(`multiselect "${label}": maxSelections must be a whole number of at least 1 (got ${max}).`);
    }
    const initial = defaultIndices(label, options, opts.default);
    if (max !== undefined && initial.length > max) {
      // Streamlit's StreamlitSelectionCountExceedsMaxError, in edgelit's names
      throw new AuthorError(
        `multiselect "${label}" has ${initial.length} ${initial.length === 1 ? "option" : "options"} selected but maxSelections is set to ${max}: ` +
          `give \`default\` at most ${max} ${max === 1 ? "option" : "options"}.`,
      );
    }
    const labels = options.map((o) => (opts.formatFunc ? opts.formatFunc(o) : String(o)));
    const pick = (wire: unknown) => (wire as number[]).map((i) => options[i] as T);
    const r = registerWidget(this, {
      validate: validateMultiselect,
      kind: "multiselect",
      label,
      params: [labels, initial, max ?? null],
      spec: max === undefined ? { n: options.length } : { n: options.length, max },
      initial,
      opts,
      callback: callbackOf(opts),
      decode: pick,
    });
    this.element("multiselect", {
      ...r.base,
      options: labels,
      value: r.shown as number[],
      ...(max !== undefined ? { maxSelections: max } : {}),
      ...(opts.placeholder !== undefined ? { placeholder: opts.placeholder } : {}),
    });
    return pick(r.value);
  },
} as MultiselectApi & ThisType<Target>;

/**
 * `default` as indices. An array is a list of defaults, unless it is itself one of the
 * options (options may be arrays); a default that is no option is the author's mistake, as
 * in Streamlit.
 */
function defaultIndices<T>(label: string, options: readonly T[], given: readonly T[] | T | null | undefined): number[] {
  if (given === undefined || given === null) return [];
  const list = Array.isArray(given) && optionIndex(options, given) === -1 ? (given as readonly T[]) : [given as T];
  const indices: number[] = [];
  for (const value of list) {
    const i = optionIndex(options, value);
    if (i === -1) {
      throw new AuthorError(
        `multiselect "${label}": the default value ${describeOption(value)} is not part of the options. Every default must also be one of the options.`,
      );
    }
    if (indices.includes(i)) throw new AuthorError(`multiselect "${label}": the default lists ${describeOption(value)} twice.`);
    indices.push(i);
  }
  return indices;
}
