/**
 * st.table's view: every row in the DOM, no scrolling of its own, no sorting (as Streamlit's).
 * Cells are drawn by the same views as the dataframe's.
 */
import type { ElementProps } from "../../../../protocol/elements";
import { html } from "../../html";
import { CellView, cellClass } from "./cells";

export function StaticTable({ props }: { props: ElementProps["table"] }) {
  return html`<div class="el-table">
    <table>
      <thead>
        <tr>
          ${props.hideIndex ? null : html`<th scope="col" class="el-df-index"><span class="el-visually-hidden">Row</span></th>`}
          ${props.cols.map((c) => html`<th scope="col" class=${cellClass(c)} title=${c.help}>${c.label ?? c.name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${props.rows.map(
          (row, r) => html`<tr>
            ${props.hideIndex ? null : html`<th scope="row" class="el-df-index">${r}</th>`}
            ${row.map((v, i) => html`<td class=${cellClass(props.cols[i]!)}><${CellView} col=${props.cols[i]!} v=${v} /></td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
