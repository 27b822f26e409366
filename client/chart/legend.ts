/** The chart's legend: a swatch and name per series, wrapping above the plot. */

import { html } from "./html";
import type { Mark } from "./layout";
import type { Model } from "./model";
import { SHADES, TEXT } from "./theme";

/** A line's swatch is a short line; bars', areas' and points' a square or dot of their fill. */
const SWATCH: Record<Mark, string> = {
  line: "width:14px;height:3px;border-radius:2px",
  area: "width:10px;height:10px;border-radius:2px",
  bar: "width:10px;height:10px;border-radius:2px",
  point: "width:9px;height:9px;border-radius:50%",
};

/** A numeric colour column's legend: its name, and its range along the shades. */
export interface ShadeLegend {
  name: string;
  lo: string;
  hi: string;
}

export function Legend({ m, mark, shade }: { m: Model; mark: Mark; shade?: ShadeLegend }) {
  return html`<div class="el-chart-legend" aria-hidden="true" style=${"display:flex;flex-wrap:wrap;gap:4px 16px;margin-bottom:4px;font-size:13px;color:" + TEXT}>
${m.series.length > 1 &&
  m.series.map(
    (s, i) => html`<span style="display:inline-flex;align-items:center;gap:6px">
<i style=${SWATCH[mark] + ";background:" + m.colors[i]} />${s.name}
</span>`,
  )}
${shade && html`<span class="el-chart-shades" style="display:inline-flex;align-items:center;gap:6px">${shade.name} ${shade.lo}<i style=${`width:80px;height:10px;border-radius:2px;background:linear-gradient(to right,${SHADES.join(",")})`} />${shade.hi}</span>`}
</div>`;
}
