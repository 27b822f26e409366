/**
 * st.writeStream's text while it streams: tokens arrive as APPEND ops and are shown as
 * plain text with its line breaks (the server sends markdown once the stream ends).
 */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Stream({ props }: ViewProps<ElementProps["stream"]>) {
  return html`<div class="el-markdown el-stream" aria-busy="true">${props.text}</div>`;
}
