/**
 * st.colorPicker: the browser's own colour picker behind a swatch, "#rrggbb" on the wire.
 * Dragging in the picker only shows the colour; it is sent when the picker closes (change),
 * so a drag is one run, as a slider's is.
 */
import { useId } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { Field } from "../field";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";

export function ColorPicker({ props }: ViewProps<ElementProps["colorPicker"]>) {
  const w = useWidget(props);
  const id = useId();
  return html`<${Field} for=${id} label=${props.label} help=${props.help}>
    <div class="el-color">
      <input
        id=${id}
        class="el-color-swatch"
        type="color"
        value=${w.value}
        disabled=${w.disabled}
        onInput=${(e: Event) => w.setDraft((e.currentTarget as HTMLInputElement).value)}
        onChange=${(e: Event) => w.commit((e.currentTarget as HTMLInputElement).value)}
      />
      <span class="el-color-value" aria-hidden="true">${w.value}</span>
    </div>
  <//>`;
}
