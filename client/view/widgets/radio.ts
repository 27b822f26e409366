/**
 * st.radio: a radiogroup named by the label, of native radios named by their option text
 * (the browser gives arrow-key movement within the group). Wire value: the option index.
 */
import { useId } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { Field } from "../field";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";

/** Streamlit's words for a radio without options, shown as one disabled option */
const NO_OPTIONS = "No options to select.";

export function Radio({ props }: ViewProps<ElementProps["radio"]>) {
  const w = useWidget(props);
  const name = useId();
  // An empty group would show only its label, as if the options failed to load
  const empty = props.options.length === 0;
  const disabled = w.disabled || empty;
  return html`<${Field} label=${props.label} help=${props.help}>
    <div role="radiogroup" aria-label=${props.label} class=${props.horizontal ? "el-options el-horizontal" : "el-options"}>
      ${(empty ? [NO_OPTIONS] : props.options).map(
        (option, i) => html`<label class="el-check" key=${i}>
          <input type="radio" name=${name} checked=${w.value === i} disabled=${disabled} onChange=${() => w.commit(i)} />
          <span>${option}</span>
        </label>`,
      )}
    </div>
  <//>`;
}
