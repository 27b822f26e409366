/**
 * st.markdown. The Durable Object rendered the markdown to safe HTML (it escapes raw HTML
 * and vets link schemes), so this, caption and alert are the only places the client sets
 * HTML directly.
 */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Markdown({ props }: ViewProps<ElementProps["markdown"]>) {
  return html`<div class="el-markdown" dangerouslySetInnerHTML=${{ __html: props.html }} />`;
}
