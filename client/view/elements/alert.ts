/**
 * st.success / info / warning / error: a coloured box with HTML the server made safe.
 * Warnings and errors interrupt a screen reader (role=alert); the others wait (status).
 */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Alert({ props }: ViewProps<ElementProps["alert"]>) {
  const urgent = props.kind === "warning" || props.kind === "error";
  return html`<div class=${`el-alert-box el-alert-${props.kind}`} role=${urgent ? "alert" : "status"}>
    ${props.icon && html`<span class="el-alert-icon" aria-hidden="true">${props.icon}</span>`}
    <div class="el-markdown" dangerouslySetInnerHTML=${{ __html: props.html }} />
  </div>`;
}
