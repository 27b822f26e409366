/**
 * One cell's view, by its column's type: text, a right-aligned number, a checkmark, a
 * progress bar, a link, a sparkline (an SVG polyline). Shared by dataframe and table.
 */
import type { Cell, ColumnDesc } from "../../../../protocol/data";
import { html } from "../../html";
import { alignsRight, cellText, progressOf } from "./format";

export function cellClass(col: ColumnDesc): string {
  return alignsRight(col) ? "el-df-cell el-num" : "el-df-cell";
}

export function CellView({ col, v }: { col: ColumnDesc; v: Cell }) {
  if (v === null) return html`<span class="el-muted">None</span>`;
  switch (col.type) {
    case "checkbox":
      return html`<span class=${`el-df-check${v === true ? " on" : ""}`} role="img" aria-label=${v === true ? "checked" : "unchecked"}></span>`;
    case "progress": {
      if (typeof v !== "number") break;
      return html`<span class="el-df-progress"><span class="el-df-bar"><span style=${`width:${(progressOf(col, v) * 100).toFixed(1)}%`}></span></span><span>${cellText(col, v)}</span></span>`;
    }
    case "link":
      if (typeof v !== "string") break;
      return html`<a href=${/^https?:|^mailto:|^\//i.test(v) ? v : undefined} target="_blank" rel="noopener noreferrer">${cellText(col, v)}</a>`;
    case "lineChart":
      if (Array.isArray(v)) return Sparkline({ values: v, min: col.min, max: col.max });
      break;
  }
  return cellText(col, v);
}

/** A small line of the values, scaled to [min, max] (default: the values' own range). */
function Sparkline({ values, min, max }: { values: (number | null)[]; min?: number; max?: number }) {
  const ys = values.filter((y): y is number => y !== null);
  if (ys.length === 0) return html`<span class="el-muted">None</span>`;
  const lo = min ?? Math.min(...ys);
  const hi = max ?? Math.max(...ys);
  const span = hi - lo || 1;
  const step = values.length > 1 ? 100 / (values.length - 1) : 0;
  const points = values
    .map((y, i) => (y === null ? null : `${(i * step).toFixed(2)},${(22 - ((y - lo) / span) * 20).toFixed(2)}`))
    .filter((p) => p !== null)
    .join(" ");
  return html`<svg class="el-df-spark" viewBox="0 0 100 24" preserveAspectRatio="none" role="img" aria-label=${`line chart of ${values.length} values`}>
    <polyline points=${points} fill="none" stroke="currentColor" stroke-width="1.5" vector-effect="non-scaling-stroke" />
  </svg>`;
}
