/** button and formSubmitButton: true for exactly the one run after a press. */
import type { Target } from "../target";
import { AuthorError } from "../errors";
import { invalid, type Validate } from "./kind";
import { type AnyArgs, type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";

export interface ButtonOptions<A extends unknown[] = unknown[]> extends WidgetOptions {
  type?: "primary" | "secondary";
  /** runs before the next page run when pressed */
  onClick?: CallbackOptions<A>["onChange"];
  args?: A;
}

export interface ButtonApi {
  /**
   * A button; returns true in the run its press caused.
   * @example if (st.button("Run Analysis")) count.value += 1;
   */
  button<A extends unknown[]>(label: string, opts?: ButtonOptions<A>): boolean;
  /** The button that submits the enclosing form. */
  formSubmitButton<A extends unknown[]>(label?: string, opts?: ButtonOptions<A>): boolean;
}

export const validateButton: Validate = (_spec, v) => (v === true ? true : invalid("a button accepts only `true` (a press)"));

export const buttonApi: ButtonApi & ThisType<Target> = {
  button(label, opts = {}) {
    if (this.scope.form !== undefined) {
      throw new AuthorError(`\`button\` "${label}" can't be used in a form. Use \`formSubmitButton\` instead.`);
    }
    return press(this, "button", label, opts);
  },
  formSubmitButton(label = "Submit", opts = {}) {
    if (this.scope.form === undefined) throw new AuthorError("`formSubmitButton` must be used inside a `form`.");
    return press(this, "formSubmitButton", label, opts);
  },
};

function press(dg: Target, kind: "button" | "formSubmitButton", label: string, opts: ButtonOptions<AnyArgs>): boolean {
  const r = registerWidget(dg, {
    validate: validateButton,
    kind,
    label,
    params: [opts.type ?? "secondary"],
    spec: {},
    initial: false,
    opts,
    callback: callbackOf({ onChange: opts.onClick, args: opts.args }),
    trigger: true,
  });
  dg.element(kind, { ...r.base, kind: opts.type ?? "secondary" });
  return r.value === true;
}
