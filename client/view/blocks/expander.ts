/**
 * st.expander: a native disclosure. Open at first if `expanded`; after that the user's
 * choice is kept across re-renders (and a change of `expanded` from the page re-applies).
 * An expander with nothing in it draws nothing, not even its label (Streamlit).
 */
import { useState } from "preact/hooks";
import type { BlockProps } from "../../../protocol/elements";
import { html } from "../html";
import { Children } from "../render-node";
import type { ViewProps } from "../view-props";

export function Expander({ props, node }: ViewProps<BlockProps["expander"]>) {
  const [state, setState] = useState({ from: props.expanded, open: props.expanded });
  const open = state.from === props.expanded ? state.open : props.expanded;
  if (!node.c?.length) return null;
  return html`<details
    class="el-expander"
    open=${open}
    onToggle=${(e: Event) => setState({ from: props.expanded, open: (e.currentTarget as HTMLDetailsElement).open })}
  >
    <summary>${props.label}</summary>
    <div class="el-stack el-expander-body"><${Children} node=${node} /></div>
  </details>`;
}
