/**
 * What the chart shows at one x (from the pointer or the arrow keys): a crosshair with
 * a dot on each line or area, a highlighted band behind bars, or a ring around points;
 * and a tooltip listing x and the series' values there.
 */

import { formatNumber } from "./format";
import { html } from "./html";
import type { Geometry, Mark } from "./layout";
import type { Model } from "./model";
import { BG, BORDER, MUTED, TEXT } from "./theme";

/** One line of the tooltip: a series' (or the size column's) value at the x shown. */
export interface Reading {
  name: string;
  value: string;
  /** swatch colour; none for the size column */
  color?: string;
}

const finite = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);

/**
 * The readings at x number `i`. A scatter plot's series split its rows between them, so
 * there (`onlyValues`) series without a value at this row are left out.
 */
export function readingsAt(m: Model, i: number, onlyValues: boolean): Reading[] {
  const out: Reading[] = [];
  m.series.forEach((s, k) => {
    const v = s.y[i];
    if (onlyValues && !finite(v)) return;
    out.push({ name: s.name, value: finite(v) ? formatNumber(v) : "—", color: m.colors[k]! });
  });
  return out;
}

/** The values at x number `i` as a screen reader hears them when the arrow keys move: "Nov 24: Revenue 1,234; Cost 567". */
export function describe(m: Model, readings: Reading[], i: number): string {
  const values = readings.map((r) => `${r.name} ${r.value === "—" ? "no value" : r.value}`);
  return `${m.xText(i)}: ${values.join("; ")}`;
}

interface Props {
  g: Geometry;
  m: Model;
  mark: Mark;
  /** index of the x shown */
  i: number;
  radius?: (i: number) => number;
}

/**
 * The crosshair, band or rings, in an SVG of their own laid over the chart's: on its own
 * compositing layer (`will-change`), moving it doesn't repaint 10,000-point paths.
 */
export function Crosshair({ g, m, mark, i, radius }: Props) {
  const x = g.px[i]!;
  let marks: unknown;
  if (mark === "bar") {
    const [bx, by, bw, bh] = g.horizontal ? [g.left, x - g.band / 2, g.plotW, g.band] : [x - g.band / 2, g.top, g.band, g.plotH];
    marks = html`<rect x=${bx} y=${by} width=${bw} height=${bh} fill-opacity="0.15" style=${"fill:" + MUTED} />`;
  } else {
    const at = m.series.map((_, k) => g.valueAt(k, i));
    marks = html`${mark !== "point" && html`<line x1=${x} x2=${x} y1=${g.top} y2=${g.top + g.plotH} style=${"stroke:" + MUTED} />`}
${at.map((y, k) =>
  Number.isNaN(y)
    ? null
    : mark === "point"
      ? html`<circle cx=${x} cy=${y} r=${(radius?.(i) ?? 3) + 3} fill="none" stroke-width="2" style=${"stroke:" + TEXT} />`
      : html`<circle cx=${x} cy=${y} r="4" fill=${m.colors[k]} stroke-width="2" style=${"stroke:" + BG} />`,
)}`;
  }
  return html`<svg width=${g.width} height=${g.height} aria-hidden="true" style="position:absolute;left:0;top:0;pointer-events:none;will-change:transform">${marks}</svg>`;
}

/**
 * The tooltip, an HTML box over the SVG (on its own layer too), beside the x shown: at
 * the top of the plot, or level with a horizontal bar or a point; past the middle it
 * flips to the other side.
 */
export function Tooltip({ g, m, mark, i, readings }: Props & { readings: Reading[] }) {
  let left = g.px[i]!;
  let top = g.top;
  if (g.horizontal) [left, top] = [g.left + g.plotW / 2, g.px[i]! + g.band / 2 + 4];
  else if (mark === "point") {
    const y = m.series.map((_, k) => g.valueAt(k, i)).find((v) => !Number.isNaN(v));
    if (y !== undefined) top = Math.max(0, y - 12);
  }
  const shift = left > g.width / 2 ? "calc(-100% - 12px)" : "12px";
  const box =
    `position:absolute;top:${top}px;left:${left}px;transform:translateX(${shift});will-change:transform;` +
    `pointer-events:none;z-index:1;background:${BG};color:${TEXT};border:1px solid ${BORDER};border-radius:6px;` +
    "box-shadow:0 2px 8px #0003;padding:6px 10px;font-size:13px;line-height:1.5;white-space:nowrap;" +
    "display:grid;grid-template-columns:auto auto auto;column-gap:6px;align-items:center";
  return html`<div class="el-chart-tooltip" style=${box} aria-hidden="true">
<b style="grid-column:1/-1">${m.xText(i)}</b>
${readings.map(
  (r) => html`<i style=${r.color ? "width:8px;height:8px;border-radius:50%;background:" + r.color : ""} />
<span style=${"color:" + MUTED}>${r.name}</span>
<span style="text-align:right;margin-left:12px;font-variant-numeric:tabular-nums">${r.value}</span>`,
)}
</div>`;
}
