/**
 * st.timeInput: the browser's own time field, "HH:MM" on the wire; typed times are sent on
 * blur or Enter, picked ones at once (typed-field.ts). One that started with no time has a
 * button that empties it again.
 */
import { useId } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { Field } from "../field";
import { ClearButton, useTypedField } from "../typed-field";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";

export function TimeInput({ props }: ViewProps<ElementProps["timeInput"]>) {
  const w = useWidget(props);
  const id = useId();
  const typed = useTypedField<string | null>({
    // an incomplete time reads as "": keep the last one unless emptying is allowed
    read: (input) => (input.value ? input.value.slice(0, 5) : props.clearable ? null : w.value),
    set: (v, final) => (final ? w.commit(v) : w.setDraft(v)),
  });
  return html`<${Field} for=${id} label=${props.label} help=${props.help}>
    <div class="el-date">
      <input id=${id} class="el-input" type="time" step=${props.step} value=${w.value ?? ""} disabled=${w.disabled} ...${typed} />
      ${props.clearable && w.value !== null && html`<${ClearButton} label=${props.label} disabled=${w.disabled} clear=${() => w.commit(null)} />`}
    </div>
  <//>`;
}
