/** The chat views are their own chunk (lazy-chunk.ts): pages without chat never download them. */
import { lazyChunk } from "./lazy-chunk";

export const useChatChunk = lazyChunk<typeof import("../chat")>("chat", () => import("../chat"));
