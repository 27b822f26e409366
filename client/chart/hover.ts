/**
 * What the chart shows at one x (from the pointer or the arrow keys): a crosshair
 * with a dot on each line, and a tooltip listing x and every series' value.
 */

import { formatNumber } from "./format";
import { html } from "./html";
import type { Geometry } from "./layout";
import type { Model } from "./model";
import { BG, BORDER, MUTED, TEXT, color } from "./theme";

interface Props {
  g: Geometry;
  m: Model;
  /** index of the x shown */
  i: number;
}

const finite = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);

/**
 * The crosshair and dots, in an SVG of their own laid over the chart's: on its own
 * compositing layer (`will-change`), moving it doesn't repaint 10,000-point paths.
 */
export function Crosshair({ g, m, i }: Props) {
  const x = g.px[i]!;
  return html`<svg width=${g.width} height=${g.height} aria-hidden="true" style="position:absolute;left:0;top:0;pointer-events:none;will-change:transform">
<line x1=${x} x2=${x} y1=${g.top} y2=${g.top + g.plotH} style=${"stroke:" + MUTED} />
${m.series.map((s, k) => {
  const v = s.y[i];
  return finite(v) && html`<circle cx=${x} cy=${g.sy(v)} r="4" fill=${color(k)} stroke-width="2" style=${"stroke:" + BG} />`;
})}
</svg>`;
}

/** The values at x number `i` as a screen reader hears them when the arrow keys move: "Nov 24: Revenue 1,234; Cost 567". */
export function describe(m: Model, i: number): string {
  const values = m.series.map((s) => `${s.name} ${finite(s.y[i]) ? formatNumber(s.y[i]!) : "no value"}`);
  return `${m.xText(i)}: ${values.join("; ")}`;
}

/** The tooltip, an HTML box over the SVG (on its own layer too); past the middle it flips to the crosshair's left. */
export function Tooltip({ g, m, i }: Props) {
  const x = g.px[i]!;
  const shift = x > g.width / 2 ? "calc(-100% - 12px)" : "12px";
  const box =
    `position:absolute;top:${g.top}px;left:${x}px;transform:translateX(${shift});will-change:transform;` +
    `pointer-events:none;z-index:1;background:${BG};color:${TEXT};border:1px solid ${BORDER};border-radius:6px;` +
    "box-shadow:0 2px 8px #0003;padding:6px 10px;font-size:13px;line-height:1.5;white-space:nowrap;" +
    "display:grid;grid-template-columns:auto auto auto;column-gap:6px;align-items:center";
  return html`<div style=${box} aria-hidden="true">
<b style="grid-column:1/-1">${m.xText(i)}</b>
${m.series.map((s, k) => {
  const v = s.y[i];
  return html`<i style=${"width:8px;height:8px;border-radius:50%;background:" + color(k)} />
<span style=${"color:" + MUTED}>${s.name}</span>
<span style="text-align:right;margin-left:12px;font-variant-numeric:tabular-nums">${finite(v) ? formatNumber(v) : "—"}</span>`;
})}
</div>`;
}
