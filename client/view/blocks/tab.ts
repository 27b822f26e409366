/** One tab's content; the tabs block draws the panel around it. */
import { html } from "../html";
import { Children } from "../render-node";
import type { ViewProps } from "../view-props";

export function Tab({ node }: ViewProps<unknown>) {
  return html`<div class="el-stack"><${Children} node=${node} /></div>`;
}
