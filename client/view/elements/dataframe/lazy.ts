/**
 * The table code is its own chunk, fetched the first time a page has a dataframe or a table
 * (client/view/lazy-chunk.ts), so pages without one never download it. Until it arrives a box
 * of the table's height holds its place, so the page does not jump.
 */
import { lazyChunk } from "../../lazy-chunk";

export type TableModule = typeof import("./table-views");

/** The table module once it is here (undefined until then), and whether fetching it failed. */
export const useTableModule = lazyChunk<TableModule>("table", () => import("./table-views"));
