/** st.columns: a row of columns (each a `column` child); CSS stacks them on narrow screens. */
import type { BlockProps } from "../../../protocol/elements";
import { html } from "../html";
import { Children } from "../render-node";
import type { ViewProps } from "../view-props";

export function Columns({ props, node }: ViewProps<BlockProps["columns"]>) {
  return html`<div class=${`el-columns el-gap-${props.gap}`}><${Children} node=${node} /></div>`;
}
