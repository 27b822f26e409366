/**
 * st.dataframe: the virtualised grid (dataframe/grid.ts, in the table chunk); with `select`,
 * also a widget whose value is the selected rows' indices in the data (stable under sorting),
 * committed on each click of a row's checkbox (buffered by its form, as any widget).
 */
import { ROW_HEIGHT } from "../../../protocol/data";
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";
import type { Selection } from "./dataframe/grid";
import { useTableModule } from "./dataframe/lazy";

type Props = ElementProps["dataframe"];

export function Dataframe({ props }: ViewProps<Props>) {
  if (props.select && props.id) return html`<${Selectable} props=${props} />`;
  return html`<${Grid} props=${props} selection=${null} />`;
}

/** The grid once its chunk is here; until then a box of its height, so the page does not jump. */
function Grid({ props, selection }: { props: Props; selection: Selection | null }) {
  const { module, failed } = useTableModule();
  if (module) return html`<${module.Grid} props=${props} selection=${selection} />`;
  const height = props.height ?? Math.min(Math.max(props.count, 1), 10) * ROW_HEIGHT + ROW_HEIGHT + 2;
  return html`<div class="el-dataframe el-table-loading" style=${`height:${height}px`}>${failed ? "The table could not be loaded." : "Loading table…"}</div>`;
}

function Selectable({ props }: { props: Props }) {
  const w = useWidget({ ...props, id: props.id!, label: props.label ?? "dataframe", value: props.value ?? [] });
  const single = props.select === "row";
  const value = new Set(w.value);
  const toggle = (index: number) => {
    const next = single ? (value.has(index) ? [] : [index]) : value.has(index) ? w.value.filter((i) => i !== index) : [...w.value, index].sort((a, b) => a - b);
    w.commit(next);
  };
  const all = (on: boolean) => w.commit(on ? Array.from({ length: props.count }, (_, i) => i) : []);
  return html`<${Grid} props=${props} selection=${{ value, single, disabled: w.disabled, toggle, all }} />`;
}
