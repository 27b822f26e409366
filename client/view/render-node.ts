/**
 * Renders one node by looking its kind up in the registry. Leaves get a wrapper that
 * carries the stale class; blocks are never faded themselves, because a child set during
 * the run would be faded with its unchanged parent (opacity multiplies). A view that throws
 * shows a note in its place instead of taking the page down.
 */
import { useContext, useErrorBoundary, useRef } from "preact/hooks";
import type { Node } from "../../protocol/tree";
import { StaleContext } from "./contexts";
import { html } from "./html";
import { viewOf } from "./registry";

export function RenderNode({ node }: { node: Node }) {
  const isStale = useContext(StaleContext);
  const [error, resetError] = useErrorBoundary((err) => console.error(`edgelit: rendering a ${node.k} failed`, err));
  // A new node object means new content: give the view another chance.
  const seen = useRef(node);
  if (seen.current !== node) {
    seen.current = node;
    if (error) resetError();
  }
  if (error) return html`<div class="el-note" role="note">Could not show this ${node.k}.</div>`;

  const View = viewOf(node.k);
  if (!View) return html`<div class="el-note" role="note">Unknown element kind ${node.k}</div>`;
  // Keyed by identity (kind and label), as Streamlit keys them: a different expander landing
  // at this index starts closed or open as its own props say, not as the last one was left.
  if (node.c) return html`<${View} key=${`${node.k}:${String(node.p.label ?? node.p.id ?? "")}`} props=${node.p} node=${node} />`;
  // Keyed by widget id: another widget landing at this index starts with fresh local state.
  return html`<div class=${isStale(node) ? "el-el el-stale" : "el-el"} data-kind=${node.k}>
    <${View} key=${node.p.id} props=${node.p} node=${node} />
  </div>`;
}

/** A block's children, keyed by index (their path position). */
export function Children({ node }: { node: Node }) {
  return node.c?.map((child, i) => html`<${RenderNode} key=${i} node=${child} />`) ?? null;
}
