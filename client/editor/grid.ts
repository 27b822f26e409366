/**
 * st.dataEditor's grid (its own chunk, loaded by view/widgets/data-editor.ts): a grid of cells (WAI-ARIA grid: one focusable cell, arrows move it). A cell
 * edits on Enter, F2, a double click or typing; Enter/Tab commit and move, Escape cancels; a
 * checkbox cell toggles on Space, Enter or a click. Each commit is one widget change — the
 * whole delta (protocol/edit-delta.ts), sent or held by the form as any widget's value.
 * With numRows "dynamic": an "Add row" button, and rows selected by their checkbox (or
 * Space in that column) are deleted with Delete or the "Delete rows" button. A new row that
 * still lacks a required value stays in the browser until it has one (Streamlit sends only
 * complete rows).
 */
import { useId, useLayoutEffect, useRef, useState } from "preact/hooks";
import { type CellValue, cellAt, type RowOrigin, rowOrigins, withCell, withRowAdded, withRowsDeleted } from "../../protocol/edit-delta";
import type { EditorColumn, ElementProps } from "../../protocol/elements";
import { cellFromText, shownCell, textOfCell } from "../state/cell-input";
import { afterCommit, type CellPos, moveBy } from "../state/grid-nav";
import { html } from "../view/html";
import { useWidget } from "../view/use-widget";
import type { ViewProps } from "../view/view-props";
import { CellEditor, type Done } from "./cell-editor";

type Props = ElementProps["dataEditor"];
/** a row of the grid: the page's, an added one the server has, or a new one not yet complete */
type GridRow = RowOrigin | { pending: number };
type Editing = { pos: CellPos; text: string; typed: boolean };

const rowKey = (r: GridRow) => ("pending" in r ? `p${r.pending}` : "added" in r ? `a${r.added}` : `r${r.row}`);

export function DataEditorGrid({ props, node }: ViewProps<Props>) {
  // a new widget (new data from the page) starts with no local state
  return html`<${Grid} key=${props.id} props=${props} node=${node} />`;
}

function Grid({ props }: ViewProps<Props>) {
  const w = useWidget(props);
  const delta = w.value;
  const [pending, setPending] = useState<Record<string, CellValue>[]>([]);
  const [active, setActive] = useState<CellPos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const grid = useRef<HTMLTableElement>(null);
  const focusWanted = useRef(false);
  const labelId = useId();

  const rows: GridRow[] = [...rowOrigins(props.rows.length, delta), ...pending.map((_, p) => ({ pending: p }))];
  const selectable = props.dynamic && !w.disabled;
  const lead = (selectable ? 1 : 0) + (props.index ? 1 : 0);
  const cols = lead + props.columns.length;
  const pos: CellPos = { row: Math.max(0, Math.min(active.row, rows.length - 1)), col: Math.max(0, Math.min(active.col, cols - 1)) };
  const shownSelected = new Set(rows.map(rowKey).filter((k) => selected.has(k)));
  const required = props.columns.filter((c) => c.required && c.editable);
  const editable = (c: EditorColumn) => c.editable && !w.disabled;

  // a layout effect: the next key must already reach the cell that should have it
  useLayoutEffect(() => {
    if (!focusWanted.current || editing) return;
    focusWanted.current = false;
    grid.current?.querySelector<HTMLElement>('[data-active="true"]')?.focus();
  });

  /**
   * Makes a cell the active one and focuses it now when it is drawn already (the next key
   * may come before a render), else once it is (a new row).
   */
  const go = (to: CellPos) => {
    setActive(to);
    const el = grid.current?.querySelector<HTMLElement>(`tr[aria-rowindex="${to.row + 2}"] > [aria-colindex="${to.col + 1}"]`);
    if (el) el.focus();
    else focusWanted.current = true;
  };

  const valueAt = (r: GridRow, c: number): CellValue => {
    const name = props.columns[c]!.name;
    if ("pending" in r) return pending[r.pending]?.[name] ?? null;
    return cellAt(delta, r, name, (row) => props.rows[row]?.[c] ?? null);
  };

  const setCell = (r: GridRow, c: number, v: CellValue) => {
    if (v === valueAt(r, c)) return;
    const name = props.columns[c]!.name;
    if (!("pending" in r)) return w.commit(withCell(delta, r, name, v));
    const row = { ...pending[r.pending], [name]: v };
    if (required.every((col) => (row[col.name] ?? null) !== null)) {
      setPending(pending.filter((_, i) => i !== r.pending));
      w.commit(withRowAdded(delta, row));
    } else setPending(pending.map((p, i) => (i === r.pending ? row : p)));
  };

  const toggleSelected = (r: GridRow) => {
    const next = new Set(shownSelected);
    const key = rowKey(r);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setSelected(next);
  };

  const addRow = () => {
    const first = props.columns.findIndex(editable);
    go({ row: rows.length, col: lead + Math.max(0, first) });
    if (required.length === 0) w.commit(withRowAdded(delta));
    else setPending([...pending, {}]);
  };

  const deleteSelected = () => {
    const gone = rows.filter((r) => shownSelected.has(rowKey(r)));
    if (gone.length === 0) return;
    const kept = gone.filter((r): r is RowOrigin => !("pending" in r));
    const pendingGone = new Set(gone.flatMap((r) => ("pending" in r ? [r.pending] : [])));
    if (pendingGone.size) setPending(pending.filter((_, i) => !pendingGone.has(i)));
    if (kept.length) w.commit(withRowsDeleted(delta, kept));
    setSelected(new Set());
    go({ row: Math.max(0, Math.min(pos.row, rows.length - gone.length - 1)), col: pos.col });
  };

  /** Enter, F2, a double click or typing on a cell. */
  const start = (at: CellPos, typed?: string) => {
    const r = rows[at.row];
    if (!r) return;
    const c = at.col - lead;
    if (c < 0) {
      if (selectable && at.col === 0) toggleSelected(r);
      return;
    }
    const column = props.columns[c]!;
    if (!editable(column)) return;
    if (column.type === "checkbox") return setCell(r, c, !(valueAt(r, c) === true));
    const canType = column.type === "text" || column.type === "number";
    setEditing({ pos: at, text: typed !== undefined && canType ? typed : textOfCell(column, valueAt(r, c)), typed: typed !== undefined && canType });
  };

  const done = (how: Done, text: string) => {
    if (!editing) return;
    const r = rows[editing.pos.row];
    const c = editing.pos.col - lead;
    const v = cellFromText(props.columns[c]!, text);
    setEditing(null);
    if (r && v !== undefined) setCell(r, c, v);
    // leaving the cell (a click elsewhere) keeps it active, but the focus goes where the person went
    if (how === "blur") setActive(editing.pos);
    else go(afterCommit(how, editing.pos, rows.length, cols));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (editing) return;
    const move = moveBy(e.key, e.ctrlKey || e.metaKey, pos, rows.length, cols);
    if (move) {
      e.preventDefault();
      return go(move);
    }
    const c = pos.col - lead;
    const column = c >= 0 ? props.columns[c] : undefined;
    if (e.key === "Enter" || e.key === "F2" || (e.key === " " && (!column || column.type === "checkbox"))) {
      e.preventDefault();
      return start(pos);
    }
    if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      if (shownSelected.size) return deleteSelected();
      const r = rows[pos.row];
      if (r && column && editable(column) && !column.required && column.type !== "checkbox") setCell(r, c, null);
      return;
    }
    if (e.key === "Escape" && shownSelected.size) return setSelected(new Set());
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && column && editable(column)) {
      e.preventDefault();
      start(pos, e.key);
    }
  };

  const cellProps = (row: number, col: number) => ({
    tabIndex: row === pos.row && col === pos.col ? 0 : -1,
    "data-active": row === pos.row && col === pos.col ? "true" : undefined,
    "aria-colindex": col + 1,
    onClick: () => setActive({ row, col }),
  });

  const label = props.label;
  // the buttons' names say which editor they belong to (a page may have several)
  const deleteText = shownSelected.size > 1 ? `Delete ${shownSelected.size} rows` : "Delete row";
  return html`<div class="el-widget el-editor" title=${props.help}>
    ${props.showLabel && html`<div class="el-label" id=${labelId}>${label}</div>`}
    ${selectable &&
    html`<div class="el-editor-tools">
      <button type="button" class="el-btn el-btn-secondary el-btn-small" aria-label=${`Add row to ${label}`} onClick=${addRow}>Add row</button>
      <button
        type="button"
        class="el-btn el-btn-secondary el-btn-small"
        aria-label=${`${deleteText} from ${label}`}
        disabled=${shownSelected.size === 0}
        onClick=${deleteSelected}
      >
        ${deleteText}
      </button>
    </div>`}
    <div class="el-editor-scroll">
      <table
        ref=${grid}
        role="grid"
        class="el-editor-grid"
        aria-labelledby=${props.showLabel ? labelId : undefined}
        aria-label=${props.showLabel ? undefined : label}
        aria-rowcount=${rows.length + 1}
        aria-colcount=${cols}
        aria-readonly=${w.disabled ? "true" : undefined}
        aria-multiselectable=${selectable ? "true" : undefined}
        onKeyDown=${onKeyDown}
      >
        <thead>
          <tr role="row" aria-rowindex=${1}>
            ${selectable && html`<th role="columnheader" class="el-editor-lead" aria-colindex=${1}><span class="el-sr">Select</span></th>`}
            ${props.index && html`<th role="columnheader" class="el-editor-lead" aria-colindex=${selectable ? 2 : 1}><span class="el-sr">Row</span></th>`}
            ${props.columns.map(
              (col, c) =>
                html`<th role="columnheader" aria-colindex=${lead + c + 1} title=${col.help} class=${col.type === "number" ? "el-num" : undefined}>
                  ${col.label ?? col.name}${col.required && html`<span aria-hidden="true" class="el-editor-req">*</span>`}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.map((r, i) => {
            const key = rowKey(r);
            const isSelected = shownSelected.has(key);
            return html`<tr role="row" key=${key} aria-rowindex=${i + 2} aria-selected=${selectable ? String(isSelected) : undefined} class=${isSelected ? "el-editor-selected" : undefined}>
              ${selectable &&
              html`<td role="gridcell" class="el-editor-lead" ...${cellProps(i, 0)}>
                <input type="checkbox" tabIndex=${-1} aria-label=${`Select row ${i + 1}`} checked=${isSelected} onChange=${() => toggleSelected(r)} />
              </td>`}
              ${props.index &&
              html`<td role="rowheader" class="el-editor-lead el-muted" ...${cellProps(i, selectable ? 1 : 0)}>${"row" in r ? r.row : ""}</td>`}
              ${props.columns.map((col, c) => {
                const at = { row: i, col: lead + c };
                const v = valueAt(r, c);
                const canEdit = editable(col);
                const isEditing = editing !== null && editing.pos.row === i && editing.pos.col === at.col;
                const cls = ["el-editor-cell", col.type === "number" && "el-num", !canEdit && "el-editor-readonly", v === null && col.required && "el-editor-missing"].filter(Boolean).join(" ");
                return html`<td
                  role="gridcell"
                  class=${cls}
                  aria-readonly=${canEdit ? undefined : "true"}
                  ...${cellProps(i, at.col)}
                  onDblClick=${() => start(at)}
                >
                  ${isEditing
                    ? html`<${CellEditor}
                        column=${col}
                        text=${editing.text}
                        typed=${editing.typed}
                        label=${`${col.label ?? col.name}, row ${i + 1}`}
                        onText=${(text: string) => setEditing({ ...editing, text })}
                        onDone=${done}
                        onCancel=${() => {
                          setEditing(null);
                          go(editing.pos);
                        }}
                      />`
                    : col.type === "checkbox"
                      ? html`<input
                          type="checkbox"
                          tabIndex=${-1}
                          aria-label=${`${col.label ?? col.name}, row ${i + 1}`}
                          checked=${v === true}
                          disabled=${!canEdit}
                          onChange=${() => setCell(r, c, !(v === true))}
                        />`
                      : shownCell(v)}
                </td>`;
              })}
            </tr>`;
          })}
        </tbody>
      </table>
      ${rows.length === 0 && html`<div class="el-editor-empty el-muted">No rows</div>`}
    </div>
  </div>`;
}
