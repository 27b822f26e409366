/**
 * st.dialog: nothing while closed — a page whose dialogs stay closed never fetches their
 * code (client/overlays/, a chunk shared with st.popover). Open, it loads and shows it.
 */
import type { BlockProps } from "../../../protocol/elements";
import { html } from "../html";
import { useOverlays } from "./overlays-chunk";
import type { ViewProps } from "../view-props";

export function Dialog({ props, node }: ViewProps<BlockProps["dialog"]>) {
  if (!props.value) return null;
  return html`<${OpenDialog} props=${props} node=${node} />`;
}

function OpenDialog({ props, node }: ViewProps<BlockProps["dialog"]>) {
  const { module: mod, failed } = useOverlays();
  if (mod) return html`<${mod.Dialog} props=${props} node=${node} />`;
  return failed ? html`<div class="el-note" role="note">The dialog "${props.label}" could not be loaded.</div>` : null;
}
