/**
 * st.status: an expander whose header starts with how the work inside is going — a spinner
 * while running, a check when complete, a cross on error. Unlike a plain expander it is
 * drawn even while empty (the header is the point). Open at first if `expanded`; the
 * person's choice is kept until the page changes `expanded` (expander.ts does the same).
 */
import { useState } from "preact/hooks";
import type { BlockProps, StatusState } from "../../../protocol/elements";
import { html } from "../html";
import { Children } from "../render-node";
import type { ViewProps } from "../view-props";

const WORDS: Record<StatusState, string> = { running: "Running", complete: "Complete", error: "Error" };

function Icon({ state }: { state: StatusState }) {
  if (state === "running") return html`<span class="el-ring el-status-icon" role="img" aria-label=${WORDS.running}></span>`;
  return html`<span class=${`el-status-icon el-status-${state}`} role="img" aria-label=${WORDS[state]}>${state === "complete" ? "✓" : "✕"}</span>`;
}

export function Status({ props, node }: ViewProps<BlockProps["status"]>) {
  const [state, setState] = useState({ from: props.expanded, open: props.expanded });
  const open = state.from === props.expanded ? state.open : props.expanded;
  return html`<details
    class="el-expander el-status"
    data-state=${props.state}
    open=${open}
    onToggle=${(e: Event) => setState({ from: props.expanded, open: (e.currentTarget as HTMLDetailsElement).open })}
  >
    <summary><${Icon} state=${props.state} /><span>${props.label}</span></summary>
    <div class="el-stack el-expander-body"><${Children} node=${node} /></div>
  </details>`;
}
