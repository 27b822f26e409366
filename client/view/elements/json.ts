/** st.json: the value pretty-printed, in a disclosure open when `expanded`. */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Json({ props }: ViewProps<ElementProps["json"]>) {
  // `open` is only re-applied when the prop changes, so the user's toggling survives re-renders.
  return html`<details class="el-json-box" open=${props.expanded}>
    <summary>JSON</summary>
    <pre class="el-pre">${JSON.stringify(props.value, null, 2)}</pre>
  </details>`;
}
