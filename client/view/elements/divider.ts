/** st.divider: a horizontal rule. */
import { html } from "../html";

export function Divider() {
  return html`<hr class="el-divider" />`;
}
