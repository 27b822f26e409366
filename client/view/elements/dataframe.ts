/**
 * st.dataframe: a scrollable table with a sticky header; numbers are right-aligned and
 * formatted for the reader's locale, empty cells shown as a faint dash.
 */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

type Cell = ElementProps["dataframe"]["rows"][number][number];

function show(v: Cell) {
  if (v === null) return html`<span class="el-muted" aria-label="empty">—</span>`;
  if (typeof v === "number") return v.toLocaleString(undefined, { maximumFractionDigits: 4 });
  return String(v);
}

export function Dataframe({ props }: ViewProps<ElementProps["dataframe"]>) {
  // A column of numbers is right-aligned, header included.
  const numeric = props.columns.map((_, i) => props.rows.length > 0 && props.rows.every((r) => r[i] === null || typeof r[i] === "number"));
  return html`<div class="el-dataframe" tabIndex=${0} style=${props.height ? `max-height:${props.height}px` : undefined}>
    <table>
      <thead>
        <tr>${props.columns.map((c, i) => html`<th scope="col" class=${numeric[i] ? "el-num" : undefined}>${c}</th>`)}</tr>
      </thead>
      <tbody>
        ${props.rows.map(
          (row) => html`<tr>${row.map((v, i) => html`<td class=${numeric[i] ? "el-num" : undefined}>${show(v)}</td>`)}</tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
