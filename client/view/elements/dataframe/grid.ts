/**
 * st.dataframe in the browser: a virtualised grid. Rows have a fixed height and only the
 * visible ones plus an overscan are in the DOM, laid absolutely in a canvas as tall as all
 * the rows, so the DOM stays the same size whatever the row count; the header is sticky.
 * Rows not here yet show as placeholder rows (never a collapsed table) while their window
 * is fetched. Clicking a header sorts every row on the server (asc → desc → none).
 * The grid is focusable: arrows, PageUp/PageDown, Home/End scroll it. ARIA grid roles with
 * aria-rowcount / aria-rowindex tell a screen reader the real size.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { type ColumnDesc, ROW_HEIGHT, type Sort } from "../../../../protocol/data";
import type { ElementProps } from "../../../../protocol/elements";
import { html } from "../../html";
import { CellView, cellClass } from "./cells";
import { cellText } from "./format";
import { useRows } from "./windows";

const OVERSCAN = 10;
/**
 * Rows asked for beyond the view once the table scrolls, so a steady scroll finds them
 * already here: at least AHEAD each way, and in the scroll's direction as many as about
 * LEAD_FRAMES frames at its current speed cover. Until the first scroll (and right after a
 * sort) only the view is asked for, so opening or sorting costs a few KB.
 */
const AHEAD = 200;
const LEAD_FRAMES = 30;
const MAX_LEAD = 3000;
const RETRY_MS = 500;

type Props = ElementProps["dataframe"];

export interface Selection {
  value: ReadonlySet<number>;
  single: boolean;
  disabled: boolean;
  toggle(index: number): void;
  /** select every row (multi-row tables small enough to send them all), or none */
  all(on: boolean): void;
}

/** a selection travels as a list of row numbers, and an input's list holds at most this many */
const MAX_SELECT_ALL = 1000;

export function Grid({ props, selection }: { props: Props; selection: Selection | null }) {
  const [view, setView] = useState<{ data: string; sort: Sort | null }>(() => ({ data: props.data, sort: storedSort(props.data, props.cols.length) }));
  // other data (a rerun drew another table here): its own sort, if the tab kept one
  const sort = view.data === props.data ? view.sort : storedSort(props.data, props.cols.length);
  if (view.data !== props.data) setView({ data: props.data, sort });
  const setSort = (next: Sort | null) => setView({ data: props.data, sort: next });
  const [top, setTop] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  /** the last scroll: where it was and how far it moved (rows), for the lookahead */
  const motion = useRef({ top: 0, rows: 0, scrolled: false });
  const source = useRows(props.data, props.count, props.rows, sort);
  const widths = useColumnWidths(props);

  const height = props.height ?? Math.min(Math.max(props.count, 1), 10) * ROW_HEIGHT + ROW_HEIGHT + 2;
  const viewRows = Math.ceil(height / ROW_HEIGHT);
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(props.count, Math.floor(top / ROW_HEIGHT) + viewRows + OVERSCAN);

  useEffect(() => {
    const m = motion.current;
    if (!m.scrolled) source.want(first, last);
    else {
      const lead = Math.min(MAX_LEAD, Math.max(AHEAD, Math.abs(m.rows) * LEAD_FRAMES));
      source.want(first - (m.rows < 0 ? lead : AHEAD), last + (m.rows >= 0 ? lead : AHEAD));
    }
    // a window that failed (the line went down) is asked for again while rows are missing
    const missing = () => {
      for (let r = first; r < last; r++) if (!source.row(r)) return true;
      return false;
    };
    if (!missing()) return;
    const t = setInterval(() => source.want(first, last), RETRY_MS);
    return () => clearInterval(t);
  });

  const cycle = (c: number) => {
    const next: Sort | null = sort?.[0] !== c ? [c, "asc"] : sort[1] === "asc" ? [c, "desc"] : null;
    setSort(next);
    keepSort(props.data, next);
    motion.current.scrolled = false;
  };

  const template = [
    ...(selection ? ["36px"] : []),
    ...(props.hideIndex ? [] : [`${indexWidth(props.count)}px`]),
    ...widths.map((w) => `minmax(${w}px, 1fr)`),
  ].join(" ");
  const total = (selection ? 36 : 0) + (props.hideIndex ? 0 : indexWidth(props.count)) + widths.reduce((a, b) => a + b, 0);
  // the selection and row-number columns stay in view when the table scrolls sideways
  const indexLeft = `left:${selection ? 36 : 0}px`;
  const colCount = props.cols.length + (props.hideIndex ? 0 : 1) + (selection ? 1 : 0);

  const rows = [];
  for (let r = first; r < last; r++) {
    const row = source.row(r);
    const style = `top:${(r + 1) * ROW_HEIGHT}px;grid-template-columns:${template}`;
    if (!row) {
      rows.push(html`<div key=${`p${r}`} role="row" aria-rowindex=${r + 2} aria-busy="true" class="el-df-row el-df-pending" style=${style}>
        ${Array.from({ length: colCount }, () => html`<div role="gridcell" class="el-df-cell"><span class="el-df-skeleton"></span></div>`)}
      </div>`);
      continue;
    }
    const selected = selection?.value.has(row.index) ?? false;
    rows.push(html`<div key=${`r${row.index}`} role="row" aria-rowindex=${r + 2} aria-selected=${selection ? String(selected) : undefined}
        class=${`el-df-row${selected ? " el-df-selected" : ""}`} style=${style} data-row=${row.index}>
      ${selection
        ? html`<div role="gridcell" class="el-df-cell el-df-pick">
            <input type="checkbox" checked=${selected} disabled=${selection.disabled}
              aria-label=${`Select row ${row.index}`} onChange=${() => selection.toggle(row.index)} />
          </div>`
        : null}
      ${props.hideIndex ? null : html`<div role="rowheader" class="el-df-cell el-df-index" style=${indexLeft}>${row.index}</div>`}
      ${row.cells.map((v, i) => html`<div role="gridcell" class=${cellClass(props.cols[i]!)}><${CellView} col=${props.cols[i]!} v=${v} /></div>`)}
    </div>`);
  }

  return html`<div
    class="el-dataframe"
    ref=${box}
    role="grid"
    tabIndex=${0}
    aria-rowcount=${props.count + 1}
    aria-colcount=${colCount}
    aria-label=${props.label && props.label !== "dataframe" ? props.label : `Table of ${props.count} rows`}
    aria-multiselectable=${selection && !selection.single ? "true" : undefined}
    title=${props.help}
    style=${`height:${height}px`}
    onScroll=${(e: Event) => {
      const now = (e.currentTarget as HTMLElement).scrollTop;
      const m = motion.current;
      motion.current = { top: now, rows: (now - m.top) / ROW_HEIGHT, scrolled: true };
      setTop(now);
    }}
    onKeyDown=${(e: KeyboardEvent) => {
      // Escape clears the selection (Streamlit's grid does the same)
      if (e.key === "Escape" && selection && selection.value.size > 0 && !selection.disabled) selection.all(false);
      else scrollByKey(e, box.current!);
    }}
  >
    <div class="el-df-canvas" style=${`height:${(props.count + 1) * ROW_HEIGHT}px;width:${total}px`}>
      <div role="row" aria-rowindex=${1} class="el-df-row el-df-head" style=${`grid-template-columns:${template}`}>
        ${selection
          ? html`<div role="columnheader" class="el-df-cell el-df-pick">
              ${!selection.single && props.count > 0 && props.count <= MAX_SELECT_ALL
                ? html`<input type="checkbox" aria-label="Select all rows" disabled=${selection.disabled}
                    checked=${selection.value.size === props.count} onChange=${(e: Event) => selection.all((e.currentTarget as HTMLInputElement).checked)} />`
                : html`<span class="el-visually-hidden">Selected</span>`}
            </div>`
          : null}
        ${props.hideIndex ? null : html`<div role="columnheader" class="el-df-cell el-df-index" style=${indexLeft}><span class="el-visually-hidden">Row</span></div>`}
        ${props.cols.map((c, i) => {
          const dir = sort?.[0] === i ? sort[1] : null;
          return html`<div role="columnheader" class=${cellClass(c)} aria-sort=${dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"} title=${c.help}>
            <button type="button" class="el-df-sort" onClick=${() => cycle(i)}>
              ${c.label ?? c.name}<span class="el-df-arrow" aria-hidden="true">${dir === "asc" ? "↑" : dir === "desc" ? "↓" : ""}</span>
            </button>
          </div>`;
        })}
      </div>
      ${rows}
      ${props.count === 0 ? html`<div class="el-df-empty">empty</div>` : null}
    </div>
  </div>`;
}

/** Keys that scroll a focused grid (its own keys only: a checkbox or header button inside keeps its keys). */
function scrollByKey(e: KeyboardEvent, el: HTMLElement): void {
  if (e.target !== el) return;
  const page = el.clientHeight - ROW_HEIGHT * 2;
  const moves: Record<string, () => void> = {
    ArrowDown: () => (el.scrollTop += ROW_HEIGHT),
    ArrowUp: () => (el.scrollTop -= ROW_HEIGHT),
    ArrowRight: () => (el.scrollLeft += 40),
    ArrowLeft: () => (el.scrollLeft -= 40),
    PageDown: () => (el.scrollTop += page),
    PageUp: () => (el.scrollTop -= page),
    Home: () => (el.scrollTop = 0),
    End: () => (el.scrollTop = el.scrollHeight),
  };
  const move = moves[e.key];
  if (!move) return;
  e.preventDefault();
  move();
}

/** Column widths from the header and the first window's text (about 8 px a character). */
function useColumnWidths(props: Props): number[] {
  const memo = useRef<{ data: string; cols: ColumnDesc[]; widths: number[] } | null>(null);
  if (memo.current?.data !== props.data || memo.current.cols !== props.cols) {
    const widths = props.cols.map((c, i) => {
      if (c.width !== undefined) return c.width;
      if (c.type === "lineChart") return 120;
      if (c.type === "progress") return 160;
      let chars = (c.label ?? c.name).length + 2;
      for (const row of props.rows.slice(0, 50)) chars = Math.max(chars, (cellText(c, row[i] ?? null) ?? "None").length);
      return Math.min(320, Math.max(72, chars * 8 + 24));
    });
    memo.current = { data: props.data, cols: props.cols, widths };
  }
  return memo.current.widths;
}

function indexWidth(count: number): number {
  return Math.max(2, String(Math.max(0, count - 1)).length) * 8 + 24;
}

/** The sort survives a refresh of the tab (it is view state, kept by the tab, not the server). */
function storedSort(data: string, columns: number): Sort | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(`edgelit:sort:${data}`) ?? "null") as Sort | null;
    return Array.isArray(s) && Number.isInteger(s[0]) && s[0] >= 0 && s[0] < columns && (s[1] === "asc" || s[1] === "desc") ? s : null;
  } catch {
    return null;
  }
}

function keepSort(data: string, sort: Sort | null): void {
  try {
    if (sort) sessionStorage.setItem(`edgelit:sort:${data}`, JSON.stringify(sort));
    else sessionStorage.removeItem(`edgelit:sort:${data}`);
  } catch {
    // storage may be unavailable (private mode): the sort just isn't kept
  }
}
