/**
 * The chart's data as a visually hidden table, so screen-reader users can read the
 * numbers the picture shows. Long data is cut to its first rows: a 10,000-row table
 * would cost more DOM than the chart itself and no one listens to all of it.
 * (The table sits in a hidden div: tables ignore width, height and overflow.)
 */

import { formatExact } from "./format";
import { html } from "./html";
import type { Model } from "./model";
import { VISUALLY_HIDDEN } from "./theme";

const MAX_ROWS = 500;

export function DataTable({ m, xTitle }: { m: Model; xTitle?: string }) {
  const n = m.xs.length;
  const rows = Math.min(n, MAX_ROWS);
  const body = [];
  for (let i = 0; i < rows; i++) {
    body.push(html`<tr>
<th scope="row">${m.xText(i)}</th>
${m.series.map((s) => html`<td>${s.y[i] == null ? "" : formatExact(s.y[i]!)}</td>`)}
</tr>`);
  }
  return html`<div style=${VISUALLY_HIDDEN}>
<table>
<caption>Chart data${rows < n ? `, first ${rows} of ${n} rows` : ""}</caption>
<thead>
<tr>
<th scope="col">${xTitle || "x"}</th>
${m.series.map((s) => html`<th scope="col">${s.name}</th>`)}
</tr>
</thead>
<tbody>${body}</tbody>
</table>
</div>`;
}
