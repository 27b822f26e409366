/** colorPicker: a colour as "#rrggbb" (Streamlit's st.color_picker). */
import { AuthorError } from "../errors";
import type { Target } from "../target";
import { invalid, type Validate } from "./kind";
import { type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

const HEX = /^#[0-9a-f]{6}$/i;

export interface ColorPickerOptions<A extends unknown[] = unknown[]> extends WidgetOptions, CallbackOptions<A> {
  /** "#rrggbb" (default "#000000") */
  value?: string;
}

export interface ColorPickerApi {
  /** @example const color = st.colorPicker("Pick A Color", { value: "#00f900" }); */
  colorPicker<A extends unknown[] = unknown[]>(label: string, opts?: ColorPickerOptions<A>): string;
}

export const validateColor: Validate = (_spec, v) =>
  typeof v === "string" && HEX.test(v) ? v.toLowerCase() : invalid('expected a colour as "#rrggbb"');

export const colorPickerApi: ColorPickerApi & ThisType<Target> = {
  colorPicker(label: string, opts: ColorPickerOptions = {}) {
    const initial = (opts.value ?? "#000000").toLowerCase();
    if (!HEX.test(initial)) throw new AuthorError(`colorPicker "${label}": value ${JSON.stringify(opts.value)} is not a colour as "#rrggbb".`);
    const r = registerWidget(this, {
      validate: validateColor,
      kind: "colorPicker",
      label,
      params: [initial],
      spec: {},
      initial,
      opts,
      callback: callbackOf(opts),
    });
    this.element("colorPicker", { ...r.base, value: r.shown as string });
    return r.value as string;
  },
} as ColorPickerApi & ThisType<Target>;
