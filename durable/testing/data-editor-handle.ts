/**
 * A data editor as AppTest finds it (by label or key): edit a cell, add rows, delete rows —
 * each builds the edits exactly as the browser does (protocol/edit-delta.ts) and gives them
 * as the browser would (held by a form until it is submitted). Rows are counted as a person
 * sees them: the table's rows not deleted, then the added ones. Calls chain, and a later
 * handle picks up edits given and not yet run.
 *
 * @example
 * await at.dataEditor("Scores").edit(0, "score", 9).addRow({ name: "Ada" }).run();
 * expect(at.dataEditor("Scores").value[0]).toEqual({ name: "Bo", score: 9 });
 */
import { type CellValue, cellAt, type EditDelta, rowOrigins, withCell, withRowAdded, withRowsDeleted } from "../../protocol/edit-delta";
import type { ElementProps } from "../../protocol/elements";
import type { Node } from "../../protocol/tree";
import type { WidgetInput } from "./widget-handle";

type Props = ElementProps["dataEditor"];

export class DataEditorHandle {
  private delta: EditDelta;

  constructor(
    private readonly node: Node,
    private readonly at: { run(): Promise<unknown> },
    private readonly input: WidgetInput,
  ) {
    const p = this.props;
    this.delta = (input.given(p.id, p.form) as EditDelta | undefined) ?? p.value;
  }

  get label(): string {
    return this.props.label;
  }

  get disabled(): boolean {
    return this.props.disabled === true;
  }

  /** The edits given so far (Streamlit's editing state: edited_rows, added_rows, deleted_rows). */
  get edits(): EditDelta {
    return this.delta;
  }

  /** The table as the person sees it: a row object per row, the shown columns, cells as they travel (dates as ISO text). */
  get value(): Record<string, CellValue>[] {
    const p = this.props;
    const names = p.columns.map((c) => c.name);
    return rowOrigins(p.rows.length, this.delta).map((at) =>
      Object.fromEntries(names.map((name, c) => [name, cellAt(this.delta, at, name, (row) => p.rows[row]![c]!)])),
    );
  }

  /** Set the cell at a shown row and column (a Date is sent as its day). */
  edit(row: number, column: string, value: CellValue | Date): this {
    return this.give(withCell(this.delta, this.rowAt(row), column, value instanceof Date ? value.toISOString().slice(0, 10) : value));
  }

  /** Add a row after the last (as the "Add row" button, then typing its cells). */
  addRow(cells: Record<string, CellValue> = {}): this {
    return this.give(withRowAdded(this.delta, cells));
  }

  /** Delete shown rows (as selecting them and pressing Delete). */
  deleteRows(rows: readonly number[]): this {
    return this.give(withRowsDeleted(this.delta, rows.map((r) => this.rowAt(r))));
  }

  /** Run the page with what was given (shorthand for `await at.run()`). */
  async run(): Promise<void> {
    await this.at.run();
  }

  private get props(): Props {
    return this.node.p as unknown as Props;
  }

  private rowAt(row: number) {
    const origins = rowOrigins(this.props.rows.length, this.delta);
    const at = origins[row];
    if (!at) throw new Error(`AppTest: dataEditor "${this.label}" has no row ${row} (it shows ${origins.length}).`);
    return at;
  }

  private give(delta: EditDelta): this {
    const { id, form } = this.props;
    if (form !== undefined) this.input.hold(form, id, delta);
    else this.input.give({ t: "widget", id, v: delta });
    this.delta = delta;
    return this;
  }
}
