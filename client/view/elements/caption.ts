/** st.caption: small muted text; HTML made safe by the server, as for markdown. */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Caption({ props }: ViewProps<ElementProps["caption"]>) {
  return html`<div class="el-caption el-markdown" dangerouslySetInnerHTML=${{ __html: props.html }} />`;
}
