/**
 * The still part of the chart's SVG: grid, axes, tick labels, axis titles and the
 * series lines. A component of its own so hovering (which re-renders the chart)
 * can hand back the same vnode and Preact skips all of this.
 */

import { html } from "./html";
import type { Geometry } from "./layout";
import { BORDER, MUTED, TEXT, color } from "./theme";
import { CHAR, type Tick } from "./x-axis";

interface Props {
  g: Geometry;
  xTitle?: string;
  yTitle?: string;
}

export function Plot({ g, xTitle, yTitle }: Props) {
  const bottom = g.top + g.plotH;
  const right = g.left + g.plotW;
  // Edge labels are anchored inward so they are not clipped by the SVG's edge.
  const anchor = (t: Tick) => {
    const half = (t.label.length * CHAR) / 2;
    return t.at - half < 0 ? "start" : t.at + half > g.width ? "end" : "middle";
  };
  return html`<g font-size="12">
<g style=${"stroke:" + BORDER}>
${g.yTicks.map((t) => html`<line x1=${g.left} x2=${right} y1=${t.at} y2=${t.at} stroke-opacity="0.6" />`)}
<line x1=${g.left} x2=${right} y1=${bottom} y2=${bottom} />
${g.xTicks.map((t) => html`<line x1=${t.at} x2=${t.at} y1=${bottom} y2=${bottom + 4} />`)}
</g>
<g style=${"fill:" + MUTED}>
${g.yTicks.map((t) => html`<text x=${g.left - 8} y=${t.at} dy="0.32em" text-anchor="end">${t.label}</text>`)}
${g.xTicks.map((t) => html`<text x=${t.at} y=${bottom + 16} text-anchor=${anchor(t)}>${t.label}</text>`)}
</g>
<g font-weight="600" text-anchor="middle" style=${"fill:" + TEXT}>
${xTitle && html`<text x=${g.left + g.plotW / 2} y=${g.height - 4}>${xTitle}</text>`}
${yTitle && html`<text transform=${`translate(12 ${g.top + g.plotH / 2}) rotate(-90)`} dy="0.32em">${yTitle}</text>`}
</g>
<g fill="none" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">
${g.paths.map((p, i) => html`<path d=${p.line} stroke=${color(i)} />`)}
${g.paths.map((p, i) => p.dots && html`<path d=${p.dots} stroke=${color(i)} stroke-width="6" />`)}
</g>
</g>`;
}
