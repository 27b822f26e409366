/** One column: grows by its weight from a zero basis, so weights are width ratios. */
import type { BlockProps } from "../../../protocol/elements";
import { html } from "../html";
import { Children } from "../render-node";
import type { ViewProps } from "../view-props";

export function Column({ props, node }: ViewProps<BlockProps["column"]>) {
  return html`<div class="el-stack el-column" style=${{ "--el-weight": String(props.weight) }}>
    <${Children} node=${node} />
  </div>`;
}
