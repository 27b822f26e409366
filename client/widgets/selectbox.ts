/** st.selectbox: a native select (role combobox); wire value: the option index, null for none. */
import { useId } from "preact/hooks";
import type { ElementProps } from "../../protocol/elements";
import { Field } from "../field";
import { html } from "../html";
import type { ViewProps } from "../view";
import { useWidget } from "../widget-state";

export function Selectbox({ props }: ViewProps<ElementProps["selectbox"]>) {
  const w = useWidget(props);
  const id = useId();
  return html`<${Field} for=${id} label=${props.label} help=${props.help}>
    <div class="el-select">
    <select
      id=${id}
      class="el-input"
      value=${w.value === null ? "" : String(w.value)}
      disabled=${w.disabled}
      onChange=${(e: Event) => {
        const v = (e.currentTarget as HTMLSelectElement).value;
        w.commit(v === "" ? null : Number(v));
      }}
    >
      ${w.value === null && html`<option value="" disabled>${props.placeholder ?? "Choose an option"}</option>`}
      ${props.options.map((option, i) => html`<option key=${i} value=${String(i)}>${option}</option>`)}
    </select>
    ${props.clearable && w.value !== null && html`<button
      type="button"
      class="el-clear"
      aria-label=${`Clear ${props.label}`}
      disabled=${w.disabled}
      onClick=${() => w.commit(null)}
    >×</button>`}
    </div>
  <//>`;
}
