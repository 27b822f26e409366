/**
 * The editor inside a data editor's cell while it is being edited: a text or number field,
 * a date field, or a select of the column's options. Typing is a draft; Enter and Tab
 * commit (and say where to go next), leaving the cell commits, Escape cancels — each once.
 */
import { useLayoutEffect, useRef } from "preact/hooks";
import type { EditorColumn } from "../../protocol/elements";
import { html } from "../view/html";

export type Done = "enter" | "tab" | "shift-tab" | "blur";

export interface CellEditorProps {
  column: EditorColumn;
  text: string;
  /** the editing began by typing this text: the caret goes after it */
  typed: boolean;
  label: string;
  onText(text: string): void;
  /** with the editor's text as it is now (the last keystroke may not have re-rendered yet) */
  onDone(how: Done, text: string): void;
  onCancel(): void;
}

export function CellEditor(props: CellEditorProps) {
  const ref = useRef<HTMLInputElement | HTMLSelectElement>(null);
  // blur follows Enter, Tab and Escape when the editor goes away: only the first counts
  const finished = useRef(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    if (el instanceof HTMLInputElement && el.type === "text") {
      if (props.typed) el.setSelectionRange(el.value.length, el.value.length);
      else el.select();
    }
  }, []);
  const finish = (how: Done | "cancel") => {
    if (finished.current) return;
    finished.current = true;
    if (how === "cancel") props.onCancel();
    else props.onDone(how, ref.current?.value ?? props.text);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // the grid's own keys (arrows, Delete…) are the field's while it is edited
    e.stopPropagation();
    if (e.key === "Enter") {
      e.preventDefault(); // inside a form, Enter in a field would submit it
      finish("enter");
    } else if (e.key === "Tab") {
      e.preventDefault();
      finish(e.shiftKey ? "shift-tab" : "tab");
    } else if (e.key === "Escape") {
      e.preventDefault();
      finish("cancel");
    }
  };
  const onInput = (e: Event) => props.onText((e.currentTarget as HTMLInputElement).value);
  const common = { ref, class: "el-cell-input", "aria-label": props.label, onKeyDown, onBlur: () => finish("blur") };
  const { column } = props;
  if (column.type === "select") {
    return html`<select ...${common} value=${props.text} onChange=${onInput}>
      ${!column.required && html`<option value="">—</option>`}
      ${(column.options ?? []).map((o, i) => html`<option value=${String(i)}>${String(o)}</option>`)}
    </select>`;
  }
  if (column.type === "date") return html`<input ...${common} type="date" value=${props.text} onInput=${onInput} />`;
  // a number is typed as text: the browser's number field drops what it can't parse unseen
  const numeric = column.type === "number";
  return html`<input ...${common} type="text" inputmode=${numeric ? (column.integer ? "numeric" : "decimal") : undefined} value=${props.text} onInput=${onInput} />`;
}
