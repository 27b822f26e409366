/**
 * st.lineChart: the chart code is its own chunk, fetched the first time a page has one,
 * so pages without charts never download it. Until it arrives a box of the chart's height
 * holds its place, so the page does not jump.
 */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import { lazyChunk } from "../lazy-chunk";
import type { ViewProps } from "../view-props";

const useChart = lazyChunk<typeof import("../../chart/line-chart")>("chart", () => import("../../chart/line-chart"));

export function LineChart({ props }: ViewProps<ElementProps["lineChart"]>) {
  const { module: chart, failed } = useChart();
  if (chart) return html`<${chart.LineChart} props=${props} />`;
  return html`<div class="el-chart-placeholder" style=${{ height: `${props.height}px` }}>
    ${failed ? "The chart could not be loaded." : "Loading chart…"}
  </div>`;
}
