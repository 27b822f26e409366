/** The chart's legend: a swatch and name per series, wrapping above the plot. */

import type { Series } from "../../protocol/elements";
import { html } from "./html";
import { TEXT, color } from "./theme";

export function Legend({ series }: { series: Series[] }) {
  return html`<div aria-hidden="true" style=${"display:flex;flex-wrap:wrap;gap:4px 16px;margin-bottom:4px;font-size:13px;color:" + TEXT}>
${series.map(
  (s, i) => html`<span style="display:inline-flex;align-items:center;gap:6px">
<i style=${"width:14px;height:3px;border-radius:2px;background:" + color(i)} />${s.name}
</span>`,
)}
</div>`;
}
