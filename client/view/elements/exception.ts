/** st.exception (and a page that threw): the error line, and the stack behind a disclosure. */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Exception({ props }: ViewProps<ElementProps["exception"]>) {
  return html`<div class="el-exception-box" role="alert">
    <div class="el-exception-line">${props.name}: ${props.message}</div>
    ${props.stack.length > 0 &&
    html`<details><summary>Traceback</summary><pre class="el-pre">${props.stack.join("\n")}</pre></details>`}
  </div>`;
}
