/** st.toggle: a checkbox with role="switch", styled as a switch. */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";
import { Checkbox } from "./checkbox";

export function Toggle(view: ViewProps<ElementProps["toggle"]>) {
  return html`<${Checkbox} ...${view} role="switch" />`;
}
