/** st.button: a press is sent as `true`; the page sees true for exactly that one run. */
import { useContext } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { InputContext, OfflineContext } from "../contexts";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Button({ props }: ViewProps<ElementProps["button"]>) {
  const { send } = useContext(InputContext);
  const offline = useContext(OfflineContext);
  return html`<button
    type="button"
    class=${`el-btn el-btn-${props.kind}`}
    title=${props.help}
    disabled=${props.disabled || offline}
    onClick=${() => send({ t: "widget", id: props.id, v: true })}
  >${props.label}</button>`;
}
