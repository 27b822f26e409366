/** st.title: the page heading. */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Title({ props }: ViewProps<ElementProps["title"]>) {
  return html`<h1 class="el-title">${props.text}</h1>`;
}
