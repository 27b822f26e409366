/** st.selectbox: a native select (role combobox); wire value: the option index, null for none. */
import { useId } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { Field } from "../field";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";

/** Streamlit's words for a selectbox without options, which it also disables */
const NO_OPTIONS = "No options to select.";

export function Selectbox({ props }: ViewProps<ElementProps["selectbox"]>) {
  const w = useWidget(props);
  const id = useId();
  const empty = props.options.length === 0;
  const clearable = props.clearable && w.value !== null;
  return html`<${Field} for=${id} label=${props.label} help=${props.help}>
    <div class="el-select">
    <select
      id=${id}
      class="el-input"
      value=${w.value === null ? "" : String(w.value)}
      disabled=${w.disabled || empty}
      onKeyDown=${(e: KeyboardEvent) => {
        // Escape clears a clearable selectbox, as in Streamlit (its escapeClearsValue):
        // the keyboard's way to the × button
        if (e.key !== "Escape" || !clearable) return;
        e.preventDefault();
        w.commit(null);
      }}
      onChange=${(e: Event) => {
        const v = (e.currentTarget as HTMLSelectElement).value;
        w.commit(v === "" ? null : Number(v));
      }}
    >
      ${w.value === null && html`<option value="" disabled=${!empty}>${empty ? NO_OPTIONS : (props.placeholder ?? "Choose an option")}</option>`}
      ${props.options.map((option, i) => html`<option key=${i} value=${String(i)}>${option}</option>`)}
    </select>
    ${clearable && html`<button
      type="button"
      class="el-clear"
      aria-label=${`Clear ${props.label}`}
      disabled=${w.disabled}
      onClick=${() => w.commit(null)}
    >×</button>`}
    </div>
  <//>`;
}
