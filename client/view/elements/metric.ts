/**
 * st.metric: a label, a big value and an optional delta with an arrow. A delta starting
 * with "-" is down; `deltaColor` says whether up is good (normal), bad (inverse) or neither.
 */
import type { DeltaColor, ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

function tone(down: boolean, color: DeltaColor): "good" | "bad" | "off" {
  if (color === "off") return "off";
  return down === (color === "normal") ? "bad" : "good";
}

export function Metric({ props }: ViewProps<ElementProps["metric"]>) {
  const delta = props.delta?.trim();
  const down = !!delta?.startsWith("-");
  return html`<div class="el-metric-box" role="group" aria-label=${props.label} title=${props.help}>
    <div class="el-metric-label">${props.label}</div>
    <div class="el-metric-value">${props.value}</div>
    ${delta &&
    html`<div class=${`el-metric-delta el-${tone(down, props.deltaColor)}`}>
      <span aria-hidden="true">${down ? "↓" : "↑"}</span> ${delta}
    </div>`}
  </div>`;
}
