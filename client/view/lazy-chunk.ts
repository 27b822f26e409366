/**
 * Code a page needs only if it has a certain element (the chart, the table, the data
 * editor, the file uploader) is its own chunk, fetched the first time such an element is
 * drawn — pages without one never download it. Each view holds the element's place until the
 * chunk is here; a failed fetch (network, a new deploy) is said in that place and tried again
 * by the next element that asks.
 */
import { useEffect, useState } from "preact/hooks";

export type ChunkHook<M> = () => { module: M | undefined; failed: boolean };

/** A hook giving the chunk's module once it is here; `what` names it in the console on failure. */
export function lazyChunk<M>(what: string, fetchChunk: () => Promise<M>): ChunkHook<M> {
  let loading: Promise<M> | undefined;
  let loaded: M | undefined;
  const load = (): Promise<M> =>
    (loading ??= fetchChunk().then(
      (m) => (loaded = m),
      (err) => {
        loading = undefined;
        throw err;
      },
    ));
  return function useChunk() {
    const [module, setModule] = useState(loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (!module) load().then(setModule, (err) => (console.error(`edgelit: the ${what} code did not load`, err), setFailed(true)));
    }, []);
    return { module, failed };
  };
}
