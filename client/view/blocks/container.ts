/**
 * st.container: a vertical group, optionally bordered. With nothing in it, it draws
 * nothing — no gap and no border (Streamlit's containers don't allow empty either).
 */
import type { BlockProps } from "../../../protocol/elements";
import { html } from "../html";
import { Children } from "../render-node";
import type { ViewProps } from "../view-props";

export function Container({ props, node }: ViewProps<BlockProps["container"]>) {
  if (!node.c?.length) return null;
  return html`<div class=${props.border ? "el-stack el-container el-bordered" : "el-stack el-container"}>
    <${Children} node=${node} />
  </div>`;
}
