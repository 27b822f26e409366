/**
 * st.lineChart, barChart, areaChart and scatterChart: the chart code is one chunk, fetched
 * the first time a page has a chart, so pages without charts never download it. Until it
 * arrives a box of the chart's height holds its place, so the page does not jump.
 */
import type { ChartProps, ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import { lazyChunk } from "../lazy-chunk";
import type { ViewProps } from "../view-props";

type ChartModule = typeof import("../../chart/chart");
const useChart = lazyChunk<ChartModule>("chart", () => import("../../chart/chart"));

/** The view of one chart kind: `draw` picks its component from the loaded chunk. */
function chartView<P extends ChartProps>(draw: (chart: ChartModule) => (p: { props: P }) => unknown) {
  return function ChartView({ props }: ViewProps<P>) {
    const { module: chart, failed } = useChart();
    if (chart) return html`<${draw(chart)} props=${props} />`;
    return html`<div class="el-chart-placeholder" style=${{ height: `${props.height}px` }}>
    ${failed ? "The chart could not be loaded." : "Loading chart…"}
  </div>`;
  };
}

export const LineChart = chartView<ElementProps["lineChart"]>((c) => c.LineChart);
export const BarChart = chartView<ElementProps["barChart"]>((c) => c.BarChart);
export const AreaChart = chartView<ElementProps["areaChart"]>((c) => c.AreaChart);
export const ScatterChart = chartView<ElementProps["scatterChart"]>((c) => c.ScatterChart);
