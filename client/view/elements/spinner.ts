/** st.spinner: shown while the page awaits something slow. */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Spinner({ props }: ViewProps<ElementProps["spinner"]>) {
  return html`<div class="el-spinner-box" role="status">
    <span class="el-ring" aria-hidden="true"></span><span>${props.text}</span>
  </div>`;
}
