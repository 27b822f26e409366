/**
 * The frame most widgets share: a visible label tied to the control by id (so the label is
 * the control's accessible name) and the help text as a tooltip.
 */
import type { ComponentChildren } from "preact";
import { html } from "./html";

export function Field(props: { for?: string; label: string; help?: string; children: ComponentChildren }) {
  return html`<div class="el-widget" title=${props.help}>
    ${props.for
      ? html`<label class="el-label" for=${props.for}>${props.label}</label>`
      : html`<div class="el-label" aria-hidden="true">${props.label}</div>`}
    ${props.children}
  </div>`;
}
