/**
 * vegaLiteChart: the author's Vega-Lite spec, sent as JSON for vega-lite to compile in the
 * browser (its own lazy chunk). Data given beside the spec becomes the spec's inline data
 * values, as Streamlit's st.vega_lite_chart(data, spec) does.
 */
import type { ElementProps } from "../../../protocol/elements";
import { AuthorError } from "../errors";
import type { Cell, ChartData, Columns } from "./chart-data";

export interface VegaLiteOptions {
  /** rows or columns, put into the spec's `data.values` */
  data?: ChartData;
  /** px; default the spec's height, else 300 */
  height?: number;
  /** "streamlit" (default): the app's fonts and colours, light or dark; null: the spec's own look */
  theme?: "streamlit" | null;
}

const MAX_ROWS = 100_000;
/** A spec is sent with every change of the chart: bigger than this is a data set, not a spec. */
const MAX_SPEC_CHARS = 1_000_000;

export function vegaLiteProps(spec: Record<string, unknown>, columns: Columns | undefined, opts: VegaLiteOptions): ElementProps["vegaLiteChart"] {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) throw new AuthorError("vegaLiteChart: the spec must be an object (a Vega-Lite spec).");
  const theme = opts.theme === undefined ? "streamlit" : opts.theme;
  if (theme !== "streamlit" && theme !== null) throw new AuthorError('vegaLiteChart: theme must be "streamlit" or null.');
  if (opts.height !== undefined && !(Number.isFinite(opts.height) && opts.height > 0)) throw new AuthorError("vegaLiteChart: height must be a number of pixels above 0.");
  let json: string;
  try {
    json = JSON.stringify(spec);
  } catch (err) {
    throw new AuthorError(`vegaLiteChart: the spec can't be sent as JSON (${(err as Error).message}).`);
  }
  // A copy: the author's object is theirs, and is read once, here.
  const out = JSON.parse(json) as Record<string, unknown>;
  if (columns) {
    const rows = toRows(columns);
    if (rows.length > MAX_ROWS) throw new AuthorError(`vegaLiteChart: ${rows.length} rows is more than the ${MAX_ROWS} a chart can draw.`);
    const data = out.data && typeof out.data === "object" ? (out.data as Record<string, unknown>) : {};
    out.data = { ...data, values: rows };
    delete (out.data as Record<string, unknown>).url;
  }
  if (JSON.stringify(out).length > MAX_SPEC_CHARS) throw new AuthorError(`vegaLiteChart: the spec and its data are more than ${MAX_SPEC_CHARS / 1e6} MB as JSON.`);
  return { spec: out, ...(opts.height !== undefined ? { height: opts.height } : {}), theme };
}

/** Columns back to rows, dates as ISO strings (how Vega-Lite reads temporal fields). */
function toRows(columns: Columns): Record<string, Cell>[] {
  const names = Object.keys(columns);
  const length = names.length ? columns[names[0]!]!.length : 0;
  return Array.from({ length }, (_, i) => {
    const row: Record<string, Cell> = {};
    for (const n of names) {
      const v = columns[n]![i];
      row[n] = v instanceof Date ? v.toISOString() : (v ?? null);
    }
    return row;
  });
}
