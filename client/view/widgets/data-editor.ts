/**
 * st.dataEditor: the grid is its own chunk (client/editor/), fetched the first time a page
 * has an editor, so pages without one never download it. Until it arrives a box of about
 * the grid's height holds its place, so the page does not jump.
 */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import { lazyChunk } from "../lazy-chunk";
import type { ViewProps } from "../view-props";

const useGrid = lazyChunk<typeof import("../../editor/grid")>("data editor", () => import("../../editor/grid"));

/** the grid's rows are 35 px, as Streamlit's; it scrolls past 400 px */
const ROW_PX = 35;

export function DataEditor({ props, node }: ViewProps<ElementProps["dataEditor"]>) {
  const { module: grid, failed } = useGrid();
  if (grid) return html`<${grid.DataEditorGrid} props=${props} node=${node} />`;
  const height = Math.min(400, (props.rows.length + 1) * ROW_PX);
  return html`<div class="el-chart-placeholder" style=${{ height: `${height}px` }}>
    ${failed ? "The data editor could not be loaded." : "Loading data editor…"}
  </div>`;
}
