/**
 * The table code is its own chunk, fetched the first time a page has a dataframe or a table
 * (as the line chart's is), so pages without one never download it. Until it arrives a box
 * of the table's height holds its place, so the page does not jump.
 */
import { useEffect, useState } from "preact/hooks";

export type TableModule = typeof import("./table-views");

let loading: Promise<TableModule> | undefined;
let loaded: TableModule | undefined;

function load(): Promise<TableModule> {
  loading ??= import("./table-views").then(
    (m) => (loaded = m),
    (err) => {
      loading = undefined; // a failed chunk fetch (network, new deploy) may work next time
      throw err;
    },
  );
  return loading;
}

/** The table module once it is here (undefined until then), and whether fetching it failed. */
export function useTableModule(): { module: TableModule | undefined; failed: boolean } {
  const [module, setModule] = useState(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!module) load().then(setModule, (err) => (console.error("edgelit: the table code did not load", err), setFailed(true)));
  }, []);
  return { module, failed };
}
