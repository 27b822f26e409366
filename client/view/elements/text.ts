/** st.text: fixed-width text, whitespace kept. */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Text({ props }: ViewProps<ElementProps["text"]>) {
  return html`<div class="el-text-body">${props.text}</div>`;
}
