/**
 * st.formSubmitButton: a real submit button, so Enter in a form's text or number field
 * "clicks" it (the browser's implicit submission) and both paths send one `submit`.
 */
import { useContext } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { InputContext, OfflineContext } from "../contexts";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function FormSubmitButton({ props }: ViewProps<ElementProps["formSubmitButton"]>) {
  const { forms } = useContext(InputContext);
  const offline = useContext(OfflineContext);
  return html`<button
    type="submit"
    class=${`el-btn el-btn-${props.kind}`}
    title=${props.help}
    disabled=${props.disabled || offline}
    onClick=${(e: MouseEvent) => {
      e.preventDefault();
      if (props.form) forms.submit(props.form, props.id);
    }}
  >${props.label}</button>`;
}
