/**
 * st.popover: its code (client/overlays/, with st.dialog's) is its own chunk, fetched the
 * first time a page has a popover or opens a dialog. Until it arrives, the button holds
 * its place. The chunk gets the content already rendered, so it shares no code with this one.
 */
import type { BlockProps } from "../../../protocol/elements";
import { html } from "../html";
import { Children } from "../render-node";
import type { ViewProps } from "../view-props";
import { useOverlays } from "./overlays-chunk";

export function Popover({ props, node }: ViewProps<BlockProps["popover"]>) {
  const { module: mod } = useOverlays();
  if (mod) return html`<${mod.Popover} props=${props}><${Children} node=${node} /></${mod.Popover}>`;
  return html`<div class=${props.wide ? "el-popover el-popover-wide" : "el-popover"} data-testid="stPopover">
    <button type="button" class="el-btn el-btn-secondary el-popover-button" disabled>${props.label}</button>
  </div>`;
}
