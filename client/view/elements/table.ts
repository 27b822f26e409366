/** st.table: a static table, drawn by the table chunk (dataframe/static-table.ts). */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";
import { useTableModule } from "./dataframe/lazy";

export function Table({ props }: ViewProps<ElementProps["table"]>) {
  const { module, failed } = useTableModule();
  if (module) return html`<${module.StaticTable} props=${props} />`;
  return html`<div class="el-table el-table-loading">${failed ? "The table could not be loaded." : "Loading table…"}</div>`;
}
