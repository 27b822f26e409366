/**
 * st.textArea: Enter is a new line; the text is sent on blur or Ctrl/⌘+Enter (as in
 * Streamlit), and only if it changed — typing alone never re-runs the page. In a form,
 * Ctrl/⌘+Enter also submits it.
 */
import { useId } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { Field } from "../field";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";

export function TextArea({ props }: ViewProps<ElementProps["textArea"]>) {
  const w = useWidget(props);
  const id = useId();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Enter" || !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    w.commit();
    // a form's submit button, as Enter in a one-line input clicks it
    const form = (e.currentTarget as HTMLElement).closest("form");
    if (form && props.form !== undefined) form.querySelector<HTMLButtonElement>("button[type=submit]:not([disabled])")?.click();
  };
  return html`<${Field} for=${id} label=${props.label} help=${props.help}>
    <textarea
      id=${id}
      class="el-input el-textarea"
      style=${props.height ? { height: `${props.height}px` } : undefined}
      placeholder=${props.placeholder}
      maxLength=${props.maxChars}
      disabled=${w.disabled}
      onInput=${(e: Event) => w.setDraft((e.currentTarget as HTMLTextAreaElement).value)}
      onBlur=${() => w.commit()}
      onKeyDown=${onKeyDown}
      value=${w.value ?? ""}
    ></textarea>
  <//>`;
}
