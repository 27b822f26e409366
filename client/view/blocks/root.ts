/** A root container (main or sidebar): its children stacked vertically. */
import { html } from "../html";
import { Children } from "../render-node";
import type { ViewProps } from "../view-props";

export function Root({ node }: ViewProps<unknown>) {
  return html`<div class="el-stack"><${Children} node=${node} /></div>`;
}
