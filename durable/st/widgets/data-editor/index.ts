/**
 * dataEditor: a table the person edits (Streamlit's st.data_editor). The widget's value is
 * the edits (protocol/edit-delta.ts), which is what is stored and survives a refresh; the
 * page gets its data back with the edits applied. The data is part of the widget's identity
 * even under a key, so new data from the page starts with no edits, as in Streamlit.
 */
import { type EditDelta, emptyDelta } from "../../../../protocol/edit-delta";
import type { Target } from "../../target";
import { AuthorError } from "../../errors";
import { hash53 } from "../identity";
import { type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "../register";
import { type ColumnConfigMapping, editorColumns } from "./columns";
import { editedData } from "./result";
import { type EditableData, readTable } from "./table";
import { type EditorSpec, validateEdits } from "./validate";

export type { ColumnConfig, ColumnConfigMapping } from "./columns";
export type { EditableData } from "./table";
export { validateEdits } from "./validate";

export interface DataEditorOptions<A extends unknown[] = unknown[]> extends Omit<WidgetOptions, "disabled">, CallbackOptions<A> {
  /** "dynamic": rows may be added and deleted (default "fixed") */
  numRows?: "fixed" | "dynamic";
  /** true: nothing can be edited; a list: these columns can't be */
  disabled?: boolean | readonly string[];
  /** per column: `{ type, options, min, max, required, disabled, label, help, hidden }`, or null to hide it */
  columnConfig?: ColumnConfigMapping;
  /** hide the row numbers (default: hidden when numRows is "dynamic", as Streamlit) */
  hideIndex?: boolean;
  /** a label shown above the table (and its accessible name); default none shown, "Data editor" for screen readers */
  label?: string;
}

export interface DataEditorApi {
  /**
   * A table the person edits; returns the data with their edits, in the shape it was given.
   * @example
   * const edited = st.dataEditor([{ command: "st.selectbox", rating: 4, isWidget: true }], { numRows: "dynamic" });
   */
  dataEditor<T extends EditableData, A extends unknown[] = unknown[]>(data: T, opts?: DataEditorOptions<A>): T;
}

export const dataEditorApi: DataEditorApi & ThisType<Target> = {
  dataEditor(data: EditableData, opts: DataEditorOptions = {}) {
    const numRows = opts.numRows ?? "fixed";
    if (numRows !== "fixed" && numRows !== "dynamic") throw new AuthorError(`dataEditor: numRows must be "fixed" or "dynamic", not ${JSON.stringify(numRows)}.`);
    const dynamic = numRows === "dynamic";
    const disabled = opts.disabled ?? false;
    if (typeof disabled !== "boolean" && !Array.isArray(disabled)) throw new AuthorError("dataEditor: disabled must be true, false or a list of column names.");
    const table = readTable(data);
    const { shown, rules } = editorColumns(table, opts.columnConfig, Array.isArray(disabled) ? disabled : []);
    const index = !(opts.hideIndex ?? dynamic);
    const label = opts.label ?? "Data editor";
    const spec: EditorSpec = { rows: table.length, dynamic, columns: rules };
    const r = registerWidget(this, {
      validate: validateEdits,
      kind: "dataEditor",
      label,
      // the data by its hash: identity stays small however big the table
      params: [hash53(JSON.stringify([table.shape, table.names, table.cells])), rules, dynamic, index],
      paramsWithKey: true,
      spec: spec as unknown as Record<string, unknown>,
      initial: emptyDelta(),
      opts: { key: opts.key, help: opts.help, disabled: disabled === true },
      callback: callbackOf(opts),
    });
    const columnOf = shown.map((col) => table.names.indexOf(col.name));
    this.element("dataEditor", {
      ...r.base,
      columns: shown,
      rows: table.cells.map((row) => columnOf.map((c) => row[c]!)),
      value: r.shown as EditDelta,
      dynamic: dynamic && disabled !== true,
      index,
      showLabel: opts.label !== undefined,
    });
    return editedData(table, r.value as EditDelta);
  },
} as DataEditorApi & ThisType<Target>;
