/** The popover's and the dialog's code, one chunk fetched on first use (lazy-chunk.ts). */
import { lazyChunk } from "../lazy-chunk";

export const useOverlays = lazyChunk<typeof import("../../overlays")>("popover and dialog", () => import("../../overlays"));
