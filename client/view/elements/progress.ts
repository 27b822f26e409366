/**
 * st.progress: a bar with an optional label above it (HTML the server made safe). The bar
 * is a progressbar for assistive technology, named by its label.
 */
import { useId } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Progress({ props }: ViewProps<ElementProps["progress"]>) {
  const id = useId();
  return html`<div class="el-progress">
    ${props.html && html`<div class="el-markdown el-progress-text" id=${id} dangerouslySetInnerHTML=${{ __html: props.html }} />`}
    <div
      class="el-progress-track"
      role="progressbar"
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${props.value}
      aria-labelledby=${props.html ? id : undefined}
      aria-label=${props.html ? undefined : "Progress"}
    >
      <div class="el-progress-fill" style=${{ width: `${props.value}%` }}></div>
    </div>
  </div>`;
}
