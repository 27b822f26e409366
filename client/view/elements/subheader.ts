/** st.subheader: a smaller heading, optionally underlined with a divider. */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Subheader({ props }: ViewProps<ElementProps["subheader"]>) {
  return html`<h3 class="el-subheader">${props.text}</h3>${props.divider && html`<hr class="el-heading-rule" />`}`;
}
