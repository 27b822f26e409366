/**
 * `st.columnConfig.*` (Streamlit's st.column_config, camelCased): how a dataframe draws a
 * column. Each helper returns a plain description; `columnDescs` merges the page's config
 * with the types inferred from the data. A column configured as `null` or `{ hidden: true }`
 * is not drawn (and its cells never leave the session object).
 */
import type { ColumnDesc, ColumnType } from "../../../protocol/data";
import { AuthorError } from "../errors";

export interface ColumnConfig {
  type?: ColumnType;
  /** header text (default: the column's name) */
  label?: string;
  /** tooltip of the header */
  help?: string;
  /** numbers: printf-style ("%d", "%.2f", "$%.2f", "%.1f%%") or "percent", "dollar", "euro", "localized", "accounting", "compact", "scientific", "engineering", "plain"; dates: momentJS tokens ("YYYY-MM-DD"), "localized", "iso8601" */
  format?: string;
  min?: number;
  max?: number;
  /** link columns: the text shown (a regex with a group shows the group's match) */
  displayText?: string;
  /** line chart columns: the y range (default: the row's own min and max) */
  yMin?: number;
  yMax?: number;
  hidden?: boolean;
}

/** The page's column config: by column name, a header label, a config, or null to hide it. */
export type ColumnConfigMap = Record<string, string | ColumnConfig | null>;

type Common = Pick<ColumnConfig, "label" | "help" | "hidden">;

export const columnConfig = {
  /** @example st.columnConfig.numberColumn({ label: "Price", format: "$%.2f" }) */
  numberColumn: (o: Common & Pick<ColumnConfig, "format" | "min" | "max"> = {}): ColumnConfig => ({ ...o, type: "number" }),
  textColumn: (o: Common = {}): ColumnConfig => ({ ...o, type: "text" }),
  checkboxColumn: (o: Common = {}): ColumnConfig => ({ ...o, type: "checkbox" }),
  /** a bar from `min` (default 0) to `max` (default 100, or 1 with a "percent" format) */
  progressColumn: (o: Common & Pick<ColumnConfig, "format" | "min" | "max"> = {}): ColumnConfig => ({ ...o, type: "progress" }),
  linkColumn: (o: Common & Pick<ColumnConfig, "displayText"> = {}): ColumnConfig => ({ ...o, type: "link" }),
  datetimeColumn: (o: Common & Pick<ColumnConfig, "format"> = {}): ColumnConfig => ({ ...o, type: "datetime" }),
  dateColumn: (o: Common & Pick<ColumnConfig, "format"> = {}): ColumnConfig => ({ ...o, type: "date" }),
  timeColumn: (o: Common & Pick<ColumnConfig, "format"> = {}): ColumnConfig => ({ ...o, type: "time" }),
  /** a sparkline per cell from a list of numbers */
  lineChartColumn: (o: Common & Pick<ColumnConfig, "yMin" | "yMax"> = {}): ColumnConfig => ({ ...o, type: "lineChart" }),
  /** a list of values shown as text */
  listColumn: (o: Common = {}): ColumnConfig => ({ ...o, type: "list" }),
};

export type ColumnConfigHelpers = typeof columnConfig;

/**
 * The drawn columns: for each column of the data (by index) that is not hidden, its
 * description. Config for a column the data does not have is an error naming it.
 */
export function columnDescs(names: readonly string[], inferred: readonly ColumnType[], config: ColumnConfigMap = {}): { pick: number[]; cols: ColumnDesc[] } {
  for (const name of Object.keys(config)) {
    if (!names.includes(name)) throw new AuthorError(`dataframe: columnConfig names ${JSON.stringify(name)}, which is not a column (columns: ${names.join(", ")}).`);
  }
  const pick: number[] = [];
  const cols: ColumnDesc[] = [];
  names.forEach((name, i) => {
    const raw = Object.hasOwn(config, name) ? config[name] : undefined;
    if (raw === null || (typeof raw === "object" && raw.hidden)) return;
    const c: ColumnConfig = typeof raw === "string" ? { label: raw } : (raw ?? {});
    const desc: ColumnDesc = { name, type: c.type ?? inferred[i]! };
    if (c.label !== undefined && c.label !== name) desc.label = c.label;
    if (c.help !== undefined) desc.help = c.help;
    if (c.format !== undefined) desc.format = c.format;
    const min = c.type === "lineChart" ? c.yMin : c.min;
    const max = c.type === "lineChart" ? c.yMax : c.max;
    if (min !== undefined) desc.min = min;
    if (max !== undefined) desc.max = max;
    if (c.displayText !== undefined) desc.display = c.displayText;
    pick.push(i);
    cols.push(desc);
  });
  return { pick, cols };
}
