/**
 * A dataframe as AppTest finds it: all of its rows (not just the window the browser gets
 * first), its columns as drawn (labels, types, formats from the column config), and — when
 * it has `selection` — the selected rows, with `select(...)` to choose rows as a person
 * would click their checkboxes (checked as the session checks a browser's value).
 *
 * @example
 * const df = at.dataframe(0);
 * expect(df.rows).toHaveLength(100_000);
 * await df.select([3]).run();
 */
import type { Cell, ColumnDesc } from "../../protocol/data";
import type { Node } from "../../protocol/tree";
import type { Dataset } from "../data/dataset";
import type { WidgetInput } from "./widget-handle";

export class DataframeHandle {
  constructor(
    private readonly node: Node,
    private readonly dataset: Dataset,
    private readonly at: { run(): Promise<unknown> },
    private readonly input: WidgetInput,
  ) {}

  /** the drawn columns: name, label, type, format… */
  get columns(): ColumnDesc[] {
    return this.node.p.cols as ColumnDesc[];
  }

  /** how many rows the table has */
  get count(): number {
    return this.dataset.count;
  }

  /** every row as an object of the drawn columns' cells (dates as ISO text) */
  get rows(): Record<string, Cell>[] {
    const { names, columns } = this.dataset;
    return Array.from({ length: this.dataset.count }, (_, r) => Object.fromEntries(names.map((n, c) => [n, columns[c]![r] ?? null])));
  }

  /** the data's columns, by name */
  column(name: string): Cell[] {
    const c = this.dataset.names.indexOf(name);
    if (c < 0) throw new Error(`AppTest: the dataframe has no column ${JSON.stringify(name)} (columns: ${this.dataset.names.join(", ")}).`);
    return this.dataset.columns[c]!;
  }

  /** the selected rows' indices in the data ([] without selection) */
  get selection(): number[] {
    return (this.node.p.value as number[] | undefined) ?? [];
  }

  /** Select these rows (by index in the data), replacing the selection. */
  select(rows: number[]): this {
    const { id, form, select } = this.node.p as { id?: string; form?: string; select?: string };
    if (!select || !id) throw new Error('AppTest: this dataframe has no selection (pass `selection: "rows"`).');
    if (form !== undefined) this.input.hold(form, id, rows);
    else this.input.give({ t: "widget", id, v: rows });
    return this;
  }

  async run(): Promise<void> {
    await this.at.run();
  }
}
