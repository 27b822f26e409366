/** st.header: a section heading, optionally underlined with a divider. */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Header({ props }: ViewProps<ElementProps["header"]>) {
  return html`<h2 class="el-header">${props.text}</h2>${props.divider && html`<hr class="el-heading-rule" />`}`;
}
