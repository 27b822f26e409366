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
  /** "small" (75 px), "medium" (200), "large" (400), or pixels */
  width?: "small" | "medium" | "large" | number;
}

const WIDTHS = { small: 75, medium: 200, large: 400 } as const;

/** The page's column config: by column name, a header label, a config, or null to hide it. */
export type ColumnConfigMap = Record<string, string | ColumnConfig | null>;

type Common = Pick<ColumnConfig, "label" | "help" | "hidden" | "width">;

export const columnConfig = {
  /** any column: its label, help, width, or hidden (Streamlit's st.column_config.Column) */
  column: (o: Common = {}): ColumnConfig => ({ ...o }),
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
export function columnDescs(
  names: readonly string[],
  inferred: readonly ColumnType[],
  config: ColumnConfigMap = {},
  /** the columns to draw, in this order (Streamlit's column_order): the others are not drawn */
  order?: readonly string[],
): { pick: number[]; cols: ColumnDesc[] } {
  // Names the data lacks are passed over, as Streamlit's frontend does: one config can serve
  // every file a page is given, whichever of its columns each one has.
  const pick: number[] = [];
  const cols: ColumnDesc[] = [];
  const drawn = order ? order.map((n) => names.indexOf(n)).filter((i) => i >= 0) : names.map((_, i) => i);
  drawn.forEach((i) => {
    const name = names[i]!;
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
    if (c.width !== undefined) {
      const w = typeof c.width === "number" ? c.width : WIDTHS[c.width];
      if (!(w > 0)) throw new AuthorError(`dataframe: column ${JSON.stringify(name)} has width ${JSON.stringify(c.width)}; use "small", "medium", "large" or pixels.`);
      desc.width = w;
    }
    pick.push(i);
    cols.push(desc);
  });
  return { pick, cols };
}
