/** st.code: a code block with a Copy button. No highlighter: it would outweigh the client. */
import { useState } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Code({ props }: ViewProps<ElementProps["code"]>) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(props.code).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => undefined, // denied (insecure context, no permission): nothing useful to say
    );
  return html`<div class="el-code-box">
    <pre class="el-pre"><code class=${props.language ? `language-${props.language}` : undefined}>${props.code}</code></pre>
    <button type="button" class="el-copy" onClick=${copy}>${copied ? "Copied" : "Copy"}</button>
  </div>`;
}
