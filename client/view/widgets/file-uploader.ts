/**
 * st.fileUploader: its code (client/files/uploader.ts, with the upload over XHR) is its own
 * chunk, fetched the first time a page has an uploader, as the line chart is — pages
 * without one never download it. Until it arrives, the label and an empty drop zone hold
 * its place.
 */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import { lazyChunk } from "../lazy-chunk";
import type { ViewProps } from "../view-props";

const useUploader = lazyChunk<typeof import("../../files/uploader")>("file uploader", () => import("../../files/uploader"));

export function FileUploader({ props, node }: ViewProps<ElementProps["fileUploader"]>) {
  const { module: mod, failed } = useUploader();
  if (mod) return html`<${mod.FileUploader} props=${props} node=${node} />`;
  return html`<div class="el-widget el-uploader" data-testid="stFileUploader">
    <div class="el-label">${props.label}</div>
    <div class="el-dropzone">${failed ? "The file uploader could not be loaded." : ""}</div>
  </div>`;
}
