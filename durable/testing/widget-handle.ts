/**
 * One widget as AppTest finds it by its label: read its value, set a new one, click it.
 * Each action queues input exactly as the browser would send it (a widget inside a form
 * holds its value until the form's submit button is clicked); `run()` then runs the page.
 *
 * @example
 * await at.slider("Set temperature (°C)").set(40).run();
 * await at.button("Refresh data").click().run();
 * await at.multiselect("Colors").select("Red").unselect("Blue").run();
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
  /** the value given to this widget since the last run (held by its form, or queued), if any */
  given(id: string, form?: string): WireValue | undefined;
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

  /**
   * Give the widget a value. Widgets with options take the option's text (null: none); a
   * multiselect a list of texts, a select slider one text or a [start, end] pair of them.
   */
  set(value: unknown): this {
    const { options } = this.node.p as { options?: string[] };
    if (!Array.isArray(options)) return this.give(value as WireValue);
    if (value === null) return this.give(null);
    return this.give(Array.isArray(value) ? value.map((v) => this.indexOf(v)) : this.indexOf(value));
  }

  /** A multiselect: add this option (by its text) to the chosen ones. */
  select(option: string): this {
    const chosen = this.chosen();
    const i = this.indexOf(option);
    return this.give(chosen.includes(i) ? chosen : [...chosen, i]);
  }

  /** A multiselect: take this option (by its text) out of the chosen ones. */
  unselect(option: string): this {
    const i = this.indexOf(option);
    return this.give(this.chosen().filter((c) => c !== i));
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

  /** The chosen indices of a multiselect, counting what was given since the last run. */
  private chosen(): number[] {
    if (this.node.k !== "multiselect") throw new Error(`AppTest: select() and unselect() are for a multiselect, not a ${this.node.k} ("${this.label}").`);
    const { id, form, value } = this.node.p as { id: string; form?: string; value: number[] };
    return (this.input.given(id, form) ?? value) as number[];
  }

  private indexOf(option: unknown): number {
    const options = this.node.p.options as string[];
    const index = options.indexOf(String(option));
    if (index === -1) throw new Error(`AppTest: ${this.node.k} "${this.label}" has no option ${JSON.stringify(option)} (options: ${options.join(", ")}).`);
    return index;
  }

  private give(wire: WireValue): this {
    const { id, form } = this.node.p as { id: string; form?: string };
    if (form !== undefined) this.input.hold(form, id, wire);
    else this.input.give({ t: "widget", id, v: wire });
    return this;
  }

  /** Run the page with what was given (shorthand for `await at.run()`). */
  async run(): Promise<void> {
    await this.at.run();
  }
}
