/**
 * st.vegaLiteChart: vega and vega-lite are their own chunk (much larger than edgelit's
 * charts), fetched only by pages that have such a chart. A box holds its place meanwhile.
 */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import { lazyChunk } from "../lazy-chunk";
import type { ViewProps } from "../view-props";

const useVega = lazyChunk<typeof import("../../vega/vega-lite-chart")>("Vega-Lite chart", () => import("../../vega/vega-lite-chart"));

export function VegaLiteChart({ props }: ViewProps<ElementProps["vegaLiteChart"]>) {
  const { module: vega, failed } = useVega();
  if (vega) return html`<${vega.VegaLiteChart} props=${props} />`;
  return html`<div class="el-chart-placeholder" style=${{ height: `${props.height ?? 300}px` }}>
    ${failed ? "The chart could not be loaded." : "Loading chart…"}
  </div>`;
}
