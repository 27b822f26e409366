/**
 * st.radio: a radiogroup named by the label, of native radios named by their option text
 * (the browser gives arrow-key movement within the group). Wire value: the option index.
 */
import { useId } from "preact/hooks";
import type { ElementProps } from "../../protocol/elements";
import { Field } from "../field";
import { html } from "../html";
import type { ViewProps } from "../view";
import { useWidget } from "../widget-state";

export function Radio({ props }: ViewProps<ElementProps["radio"]>) {
  const w = useWidget(props);
  const name = useId();
  return html`<${Field} label=${props.label} help=${props.help}>
    <div role="radiogroup" aria-label=${props.label} class=${props.horizontal ? "el-options el-horizontal" : "el-options"}>
      ${props.options.map(
        (option, i) => html`<label class="el-check" key=${i}>
          <input type="radio" name=${name} checked=${w.value === i} disabled=${w.disabled} onChange=${() => w.commit(i)} />
          <span>${option}</span>
        </label>`,
      )}
    </div>
  <//>`;
}
