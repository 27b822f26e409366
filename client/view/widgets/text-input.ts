/**
 * st.textInput: sends on blur or Enter, and only if the text changed — typing alone never
 * re-runs the page. In a form, Enter also submits (the browser clicks the submit button).
 * A text input that started as null (Streamlit's value=None) stays null until something is
 * entered; emptied again it is "" (as in Streamlit).
 */
import { useId } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { Field } from "../field";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";

export function TextInput({ props }: ViewProps<ElementProps["textInput"]>) {
  const w = useWidget(props);
  const id = useId();
  return html`<${Field} for=${id} label=${props.label} help=${props.help}>
    <input
      id=${id}
      class="el-input"
      type=${props.password ? "password" : "text"}
      value=${w.value ?? ""}
      placeholder=${props.placeholder}
      maxLength=${props.maxChars}
      autocomplete=${props.password ? "current-password" : "off"}
      disabled=${w.disabled}
      onInput=${(e: Event) => w.setDraft((e.currentTarget as HTMLInputElement).value)}
      onBlur=${() => w.commit()}
      onKeyDown=${(e: KeyboardEvent) => e.key === "Enter" && w.commit()}
    />
  <//>`;
}
