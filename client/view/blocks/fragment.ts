/**
 * st.fragment: a part of the page that re-runs on its own. It looks like nothing — a
 * vertical group of its children; an empty one draws nothing.
 */
import type { BlockProps } from "../../../protocol/elements";
import { html } from "../html";
import { Children } from "../render-node";
import type { ViewProps } from "../view-props";

export function Fragment({ node }: ViewProps<BlockProps["fragment"]>) {
  if (!node.c?.length) return null;
  return html`<div class="el-stack el-fragment"><${Children} node=${node} /></div>`;
}
