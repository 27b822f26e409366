/**
 * st.fileUploader: its code (client/files/uploader.ts, with the upload over XHR) is its own
 * chunk, fetched the first time a page has an uploader, as the line chart is — pages
 * without one never download it. Until it arrives, the label and an empty drop zone hold
 * its place.
 */
import { useEffect, useState } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";

type UploaderModule = typeof import("../../files/uploader");

let loading: Promise<UploaderModule> | undefined;
let loaded: UploaderModule | undefined;

function load(): Promise<UploaderModule> {
  loading ??= import("../../files/uploader").then(
    (m) => (loaded = m),
    (err) => {
      loading = undefined; // a failed chunk fetch (network, new deploy) may work next time
      throw err;
    },
  );
  return loading;
}

export function FileUploader({ props, node }: ViewProps<ElementProps["fileUploader"]>) {
  const [mod, setMod] = useState(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!mod) load().then(setMod, (err) => (console.error("edgelit: the file uploader code did not load", err), setFailed(true)));
  }, []);
  if (mod) return html`<${mod.FileUploader} props=${props} node=${node} />`;
  return html`<div class="el-widget el-uploader" data-testid="stFileUploader">
    <div class="el-label">${props.label}</div>
    <div class="el-dropzone">${failed ? "The file uploader could not be loaded." : ""}</div>
  </div>`;
}
