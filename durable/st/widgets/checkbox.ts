/** checkbox and toggle: a boolean. */
import type { Target } from "../target";
import { invalid, type Validate } from "./kind";
import { type AnyArgs, type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

export interface CheckboxOptions<A extends unknown[] = unknown[]> extends WidgetOptions, CallbackOptions<A> {
  /** initial state, default false */
  value?: boolean;
}

export interface CheckboxApi {
  /** @example const weekends = st.checkbox("Include weekends", { value: true }); */
  checkbox<A extends unknown[]>(label: string, opts?: CheckboxOptions<A>): boolean;
  /** A switch; same as checkbox. */
  toggle<A extends unknown[]>(label: string, opts?: CheckboxOptions<A>): boolean;
}

export const validateBoolean: Validate = (_spec, v) => (typeof v === "boolean" ? v : invalid("expected true or false"));

export const checkboxApi: CheckboxApi & ThisType<Target> = {
  checkbox(label, opts = {}) {
    return boolWidget(this, "checkbox", label, opts);
  },
  toggle(label, opts = {}) {
    return boolWidget(this, "toggle", label, opts);
  },
};

function boolWidget(dg: Target, kind: "checkbox" | "toggle", label: string, opts: CheckboxOptions<AnyArgs>): boolean {
  const initial = opts.value ?? false;
  const r = registerWidget(dg, { validate: validateBoolean, kind, label, params: [initial], spec: {}, initial, opts, callback: callbackOf(opts) });
  dg.element(kind, { ...r.base, value: r.shown as boolean });
  return r.value as boolean;
}
