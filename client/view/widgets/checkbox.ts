/** st.checkbox: a native checkbox inside its label; sent (or buffered) on change. */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";

export function Checkbox({ props, role }: ViewProps<ElementProps["checkbox"]> & { role?: "switch" }) {
  const w = useWidget(props);
  return html`<label class=${role ? "el-check el-switch" : "el-check"} title=${props.help}>
    <input
      type="checkbox"
      role=${role}
      checked=${w.value}
      disabled=${w.disabled}
      onChange=${(e: Event) => w.commit((e.currentTarget as HTMLInputElement).checked)}
    />
    <span>${props.label}</span>
  </label>`;
}
