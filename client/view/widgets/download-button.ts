/**
 * st.downloadButton: a link to the bytes the session stored (a link, so the browser's own
 * download does the work and Enter follows it). A click re-runs the page only when the page
 * gave an onClick (props.rerun); until the data is ready the button is disabled.
 */
import { useContext } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { mediaUrl } from "../../wire/media-url";
import { InputContext, OfflineContext } from "../contexts";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function DownloadButton({ props }: ViewProps<ElementProps["downloadButton"]>) {
  const { send } = useContext(InputContext);
  const offline = useContext(OfflineContext);
  const cls = `el-btn el-btn-${props.kind}`;
  if (props.disabled || !props.media) {
    return html`<button type="button" class=${cls} title=${props.help} disabled>${props.label}</button>`;
  }
  return html`<a
    class=${cls}
    role="button"
    href=${mediaUrl(props.media, props.fileName)}
    download=${props.fileName}
    title=${props.help}
    aria-disabled=${offline && props.rerun ? "true" : undefined}
    onClick=${() => {
      if (props.rerun) send({ t: "widget", id: props.id, v: true });
    }}
    onKeyDown=${(e: KeyboardEvent) => {
      // a link follows Enter; as a button it takes Space too
      if (e.key !== " ") return;
      e.preventDefault();
      (e.currentTarget as HTMLAnchorElement).click();
    }}
  >${props.label}</a>`;
}
