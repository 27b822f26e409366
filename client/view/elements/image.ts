/** st.image: from a URL, or the session's stored bytes; the caption under it. */
import type { ElementProps } from "../../../protocol/elements";
import { mediaUrl } from "../../wire/media-url";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function Image({ props }: ViewProps<ElementProps["image"]>) {
  const src = props.src ?? (props.media ? mediaUrl(props.media) : undefined);
  return html`<figure class="el-image" data-testid="stImage">
    ${src && html`<img src=${src} alt=${props.caption ?? ""} style=${props.width ? { width: `${props.width}px` } : undefined} />`}
    ${props.caption && html`<figcaption class="el-caption">${props.caption}</figcaption>`}
  </figure>`;
}
