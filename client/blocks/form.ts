/**
 * st.form: a bordered group whose widgets buffer their values (forms.ts) until a submit
 * button sends them. The native submit is always prevented; the button sends instead.
 */
import type { BlockProps } from "../../protocol/elements";
import { html } from "../html";
import { Children } from "../render-node";
import type { ViewProps } from "../view";

export function Form({ props, node }: ViewProps<BlockProps["form"]>) {
  return html`<form
    class=${props.border ? "el-stack el-form el-bordered" : "el-stack el-form"}
    onSubmit=${(e: Event) => e.preventDefault()}
  >
    <${Children} node=${node} />
  </form>`;
}
