/**
 * One widget as AppTest finds it by its label: read its value, set a new one, click it.
 * Each action queues input exactly as the browser would send it (a widget inside a form
 * holds its value until the form's submit button is clicked); `run()` then runs the page.
 *
 * @example
 * await at.slider("Set temperature (°C)").set(40).run();
 * await at.button("Refresh data").click().run();
 */
import type { WireValue } from "../../protocol/elements";
import type { ClientMsg } from "../../protocol/messages";
import type { Node } from "../../protocol/tree";
import { decoded } from "./read";

/** What a handle needs of its AppTest (kept small so the two files don't lean on each other's insides). */
export interface WidgetInput {
  give(msg: ClientMsg): void;
  formValues(form: string): Record<string, WireValue>;
  hold(form: string, id: string, v: WireValue): void;
  /** the value given to a widget and not yet run (or held by its form), if any */
  waiting(id: string, form?: string): WireValue | undefined;
}

export class WidgetHandle {
  constructor(
    private readonly node: Node,
    private readonly at: { run(): Promise<unknown> },
    private readonly input: WidgetInput,
  ) {}

  get label(): string {
    return this.node.p.label as string;
  }

  /** The value the page receives: a number, text, boolean, ISO date, or the chosen option. */
  get value(): unknown {
    return decoded(this.node);
  }

  get disabled(): boolean {
    return this.node.p.disabled === true;
  }

  /** Give the widget a value; radios and selectboxes take the option's text (null: none). */
  set(value: unknown): this {
    const { id, form, options } = this.node.p as { id: string; form?: string; options?: string[] };
    let wire = value as WireValue;
    if (Array.isArray(options)) {
      const index = value === null ? null : options.indexOf(String(value));
      if (index === -1) throw new Error(`AppTest: ${this.node.k} "${this.label}" has no option ${JSON.stringify(value)} (options: ${options.join(", ")}).`);
      wire = index;
    }
    if (form !== undefined) this.input.hold(form, id, wire);
    else this.input.give({ t: "widget", id, v: wire });
    return this;
  }

  check(): this {
    return this.set(true);
  }

  uncheck(): this {
    return this.set(false);
  }

  /** Press a button; a form's submit button sends the values set on the form's widgets. */
  click(): this {
    const { id, form } = this.node.p as { id: string; form?: string };
    if (this.node.k === "formSubmitButton" && form !== undefined) {
      this.input.give({ t: "submit", form, button: id, values: this.input.formValues(form) });
    } else this.input.give({ t: "widget", id, v: true });
    return this;
  }

  /** Run the page with what was given (shorthand for `await at.run()`). */
  async run(): Promise<void> {
    await this.at.run();
  }
}
