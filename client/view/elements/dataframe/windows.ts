/**
 * The rows a dataframe has in the browser: blocks of WINDOW_ROWS rows, per data id and sort,
 * fetched as the table scrolls — every missing block around the visible rows is asked for
 * in one request of up to MAX_WINDOW_ROWS rows, so scrolling never waits on a row-by-row
 * trickle. The first block of the data's own order comes with the props (opening is one
 * frame). A request that failed (the socket went down) is asked again on the next look.
 */
import { useContext, useRef, useState } from "preact/hooks";
import { type Cell, MAX_WINDOW_ROWS, type Sort, WINDOW_ROWS } from "../../../../protocol/data";
import { InputContext } from "../../contexts";

export interface Block {
  rows: Cell[][];
  idx: number[];
}

export interface RowSource {
  /** row `r` (in view order) and its index in the data, or null while its block is in flight */
  row(r: number): { cells: Cell[]; index: number } | null;
  /** make sure rows `from`..`to` are here or on their way */
  want(from: number, to: number): void;
}

export function useRows(data: string, count: number, first: Cell[][], sort: Sort | null): RowSource {
  const { rows: channel } = useContext(InputContext);
  const [, redraw] = useState(0);
  const key = `${data}|${sort ? sort.join(":") : ""}`;
  const state = useRef<{ key: string; blocks: Map<number, Block>; flying: Set<number> } | null>(null);
  if (state.current?.key !== key) {
    const blocks = new Map<number, Block>();
    if (!sort) blocks.set(0, { rows: first, idx: first.map((_, i) => i) });
    state.current = { key, blocks, flying: new Set() };
  }
  const s = state.current;

  return {
    row(r) {
      const block = s.blocks.get(Math.floor(r / WINDOW_ROWS));
      const at = r % WINDOW_ROWS;
      return block && at < block.rows.length ? { cells: block.rows[at]!, index: block.idx[at]! } : null;
    },
    want(from, to) {
      const lo = Math.max(0, Math.floor(from / WINDOW_ROWS));
      const hi = Math.min(Math.ceil(count / WINDOW_ROWS) - 1, Math.floor((to - 1) / WINDOW_ROWS));
      const maxBlocks = MAX_WINDOW_ROWS / WINDOW_ROWS;
      let b = lo;
      while (b <= hi) {
        if (s.blocks.has(b) || s.flying.has(b)) {
          b++;
          continue;
        }
        const start = b;
        while (b <= hi && b - start < maxBlocks && !s.blocks.has(b) && !s.flying.has(b)) s.flying.add(b++);
        const end = b;
        channel.request(data, start * WINDOW_ROWS, Math.min(count, end * WINDOW_ROWS), sort).then(
          (w) => {
            for (let k = start; k < end; k++) {
              s.flying.delete(k);
              const off = (k - start) * WINDOW_ROWS;
              s.blocks.set(k, { rows: w.rows.slice(off, off + WINDOW_ROWS), idx: w.idx.slice(off, off + WINDOW_ROWS) });
            }
            if (state.current === s) redraw((n) => n + 1);
          },
          () => {
            for (let k = start; k < end; k++) s.flying.delete(k);
            // asked again when the table next looks (a scroll, or the retry timer in grid.ts)
          },
        );
      }
    },
  };
}
