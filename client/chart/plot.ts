/**
 * The still part of the chart's SVG: grid, axes, tick labels, axis titles and the
 * series' marks. A component of its own so hovering (which re-renders the chart)
 * can hand back the same vnode and Preact skips all of this.
 */

import { html } from "./html";
import type { Geometry, Mark } from "./layout";
import { BORDER, MUTED, SHADES, TEXT } from "./theme";
import { CHAR, type Tick } from "./x-axis";

interface Props {
  g: Geometry;
  mark: Mark;
  colors: string[];
  /** overlapping bars are see-through, so the ones behind still show */
  layered?: boolean;
  xTitle?: string;
  yTitle?: string;
}

/** How each mark is painted: lines stroked, areas translucent under their line, points a little see-through where they overlap. */
const FILL_OPACITY: Record<Mark, number> = { line: 0, area: 0.5, bar: 1, point: 0.7 };

export function Plot({ g, mark, colors, layered, xTitle, yTitle }: Props) {
  const bottom = g.top + g.plotH;
  const right = g.left + g.plotW;
  // Edge labels are anchored inward so they are not clipped by the SVG's edge.
  const anchor = (t: Tick) => {
    const half = (t.label.length * CHAR) / 2;
    return t.at - half < 0 ? "start" : t.at + half > g.width ? "end" : "middle";
  };
  // Along the bottom: the value ticks of horizontal bars, else the x ticks; down the side, the others.
  const below = g.horizontal ? g.yTicks : g.xTicks;
  const side = g.horizontal ? g.xTicks : g.yTicks;
  const grid = g.horizontal
    ? g.yTicks.map((t) => html`<line x1=${t.at} x2=${t.at} y1=${g.top} y2=${bottom} stroke-opacity="0.6" />`)
    : g.yTicks.map((t) => html`<line x1=${g.left} x2=${right} y1=${t.at} y2=${t.at} stroke-opacity="0.6" />`);
  const [bottomTitle, sideTitle] = g.horizontal ? [yTitle, xTitle] : [xTitle, yTitle];
  const fillOpacity = layered ? 0.7 : FILL_OPACITY[mark];
  return html`<g font-size="12">
<g style=${"stroke:" + BORDER}>
${grid}
<line x1=${g.left} x2=${right} y1=${bottom} y2=${bottom} />
${below.map((t) => html`<line x1=${t.at} x2=${t.at} y1=${bottom} y2=${bottom + 4} />`)}
</g>
<g style=${"fill:" + MUTED}>
${side.map((t) => html`<text x=${g.left - 8} y=${t.at} dy="0.32em" text-anchor="end">${t.label}</text>`)}
${below.map((t) => html`<text x=${t.at} y=${bottom + 16} text-anchor=${anchor(t)}>${t.label}</text>`)}
</g>
<g font-weight="600" text-anchor="middle" style=${"fill:" + TEXT}>
${bottomTitle && html`<text x=${g.left + g.plotW / 2} y=${g.height - 4}>${bottomTitle}</text>`}
${sideTitle && html`<text transform=${`translate(12 ${g.top + g.plotH / 2}) rotate(-90)`} dy="0.32em">${sideTitle}</text>`}
</g>
<g data-mark=${mark} stroke-width="2" stroke-linejoin="round" stroke-linecap="round">
${g.marks.map((p, i) => p.fill && html`<path d=${p.fill} fill=${colors[i]} fill-opacity=${fillOpacity} stroke="none" />`)}
${g.marks.map((p) => p.shades?.map((d, b) => d && html`<path d=${d} fill=${SHADES[b]} fill-opacity=${fillOpacity} stroke="none" />`))}
${g.marks.map((p, i) => p.line && html`<path d=${p.line} fill="none" stroke=${colors[i]} />`)}
${g.marks.map((p, i) => p.dots && html`<path d=${p.dots} fill="none" stroke=${colors[i]} stroke-width="6" />`)}
</g>
</g>`;
}
