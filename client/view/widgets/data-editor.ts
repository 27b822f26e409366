/**
 * st.dataEditor: the grid is its own chunk (client/editor/), fetched the first time a page
 * has an editor, so pages without one never download it. Until it arrives a box of about
 * the grid's height holds its place, so the page does not jump.
 */
import { useEffect, useState } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

type GridModule = typeof import("../../editor/grid");

let loading: Promise<GridModule> | undefined;
let loaded: GridModule | undefined;

function load(): Promise<GridModule> {
  loading ??= import("../../editor/grid").then(
    (m) => (loaded = m),
    (err) => {
      loading = undefined; // a failed chunk fetch (network, new deploy) may work next time
      throw err;
    },
  );
  return loading;
}

/** the grid's rows are 35 px, as Streamlit's; it scrolls past 400 px */
const ROW_PX = 35;

export function DataEditor({ props, node }: ViewProps<ElementProps["dataEditor"]>) {
  const [grid, setGrid] = useState(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!grid) load().then(setGrid, (err) => (console.error("edgelit: the data editor code did not load", err), setFailed(true)));
  }, []);
  if (grid) return html`<${grid.DataEditorGrid} props=${props} node=${node} />`;
  const height = Math.min(400, (props.rows.length + 1) * ROW_PX);
  return html`<div class="el-chart-placeholder" style=${{ height: `${height}px` }}>
    ${failed ? "The data editor could not be loaded." : "Loading data editor…"}
  </div>`;
}
