/**
 * st.dialog: nothing while closed — a page whose dialogs stay closed never fetches their
 * code (client/overlays/, a chunk shared with st.popover). Open, it loads and shows it. Its
 * value is its open state: the person's close is committed here, as any widget's value.
 */
import type { BlockProps } from "../../../protocol/elements";
import { html } from "../html";
import { Children } from "../render-node";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";
import { useOverlays } from "./overlays-chunk";

export function Dialog({ props, node }: ViewProps<BlockProps["dialog"]>) {
  const w = useWidget(props);
  if (!w.value) return null;
  return html`<${OpenDialog} props=${props} node=${node} close=${() => w.commit(false)} />`;
}

function OpenDialog({ props, node, close }: ViewProps<BlockProps["dialog"]> & { close: () => void }) {
  const { module: mod, failed } = useOverlays();
  if (mod) {
    return html`<${mod.Dialog} props=${props} open=${true} onDismiss=${close} count=${node.c?.length ?? 0}><${Children} node=${node} /></${mod.Dialog}>`;
  }
  return failed ? html`<div class="el-note" role="note">The dialog "${props.label}" could not be loaded.</div>` : null;
}
