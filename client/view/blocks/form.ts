/**
 * st.form: a bordered group whose widgets buffer their values (state/forms.ts) until a submit
 * button sends them. The native submit is always prevented; the button sends instead.
 */
import type { BlockProps } from "../../../protocol/elements";
import { html } from "../html";
import { Children } from "../render-node";
import type { ViewProps } from "../view-props";

export function Form({ props, node }: ViewProps<BlockProps["form"]>) {
  return html`<form
    class=${props.border ? "el-stack el-form el-bordered" : "el-stack el-form"}
    onSubmit=${(e: Event) => e.preventDefault()}
    onKeyDown=${(e: KeyboardEvent) => {
      // enterToSubmit: false — Enter still sends the field's value (its own handler ran
      // first), but doesn't make the browser click the submit button.
      if (props.enterToSubmit === false && e.key === "Enter" && e.target instanceof HTMLInputElement) e.preventDefault();
    }}
  >
    <${Children} node=${node} />
  </form>`;
}
