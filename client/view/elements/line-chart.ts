/**
 * st.lineChart: the chart code is its own chunk, fetched the first time a page has one,
 * so pages without charts never download it. Until it arrives a box of the chart's height
 * holds its place, so the page does not jump.
 */
import { useEffect, useState } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

type ChartModule = typeof import("../../chart/line-chart");

let loading: Promise<ChartModule> | undefined;
let loaded: ChartModule | undefined;

function load(): Promise<ChartModule> {
  loading ??= import("../../chart/line-chart").then(
    (m) => (loaded = m),
    (err) => {
      loading = undefined; // a failed chunk fetch (network, new deploy) may work next time
      throw err;
    },
  );
  return loading;
}

export function LineChart({ props }: ViewProps<ElementProps["lineChart"]>) {
  const [chart, setChart] = useState(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!chart) load().then(setChart, (err) => (console.error("edgelit: the chart code did not load", err), setFailed(true)));
  }, []);
  if (chart) return html`<${chart.LineChart} props=${props} />`;
  return html`<div class="el-chart-placeholder" style=${{ height: `${props.height}px` }}>
    ${failed ? "The chart could not be loaded." : "Loading chart…"}
  </div>`;
}
