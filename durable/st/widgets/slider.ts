/** slider: a number, or a [low, high] range when the value is a pair. */
import type { Target } from "../target";
import { AuthorError } from "../errors";
import { Invalid, invalid, isNumberIn, onStep, type Validate } from "./kind";
import { type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

export interface SliderOptions<V extends number | [number, number], A extends unknown[] = unknown[]>
  extends WidgetOptions,
    CallbackOptions<A> {
  /** default 0 */
  min?: number;
  /** default 100 */
  max?: number;
  /** default 1 */
  step?: number;
  /** initial value (default min); a [low, high] pair makes a range slider */
  value?: V;
}

export interface SliderApi {
  /**
   * @example const c = st.slider("Set temperature (°C)", { min: -20, max: 50, value: 22 });
   * @example const [lo, hi] = st.slider("Price", { value: [10, 90] });
   */
  slider<A extends unknown[] = unknown[]>(label: string, opts: SliderOptions<[number, number], A> & { value: [number, number] }): [number, number];
  slider<A extends unknown[] = unknown[]>(label: string, opts?: SliderOptions<number, A>): number;
}

export const validateSlider: Validate = (spec, v) => {
  const { min, max, step } = spec as { min: number; max: number; step: number };
  const ok = (x: unknown) => isNumberIn(x as number, min, max) && onStep(x as number, min, step);
  if (spec.range) {
    return Array.isArray(v) && v.length === 2 && ok(v[0]) && ok(v[1]) && (v[0] as number) <= (v[1] as number)
      ? v
      : invalid(`expected [low, high] with ${min} ≤ low ≤ high ≤ ${max} in steps of ${step}`);
  }
  return ok(v) ? v : invalid(`expected a number from ${min} to ${max} in steps of ${step}`);
};

export const sliderApi: SliderApi & ThisType<Target> = {
  slider(label: string, opts: SliderOptions<number | [number, number]> = {}) {
    const min = opts.min ?? 0;
    const max = opts.max ?? 100;
    const step = opts.step ?? 1;
    if (!(min < max)) throw new AuthorError(`slider "${label}": min (${min}) must be less than max (${max}).`);
    if (!(step > 0)) throw new AuthorError(`slider "${label}": step must be positive.`);
    const range = Array.isArray(opts.value);
    const initial = opts.value ?? min;
    const spec = { min, max, step, ...(range ? { range: true } : {}) };
    if (validateSlider(spec, initial) instanceof Invalid) {
      throw new AuthorError(`slider "${label}": value ${JSON.stringify(initial)} is outside ${min}…${max}.`);
    }
    const r = registerWidget(this, {
      validate: validateSlider,
      kind: "slider",
      label,
      params: [min, max, step, initial],
      spec,
      initial,
      opts,
      callback: callbackOf(opts),
    });
    this.element("slider", { ...r.base, min, max, step, value: r.shown as number | [number, number] });
    return (Array.isArray(r.value) ? [...r.value] : r.value) as number & [number, number];
  },
} as SliderApi & ThisType<Target>;
