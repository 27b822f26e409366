/**
 * AppTest's reads of charts: what a chart shows, by series name, rather than its wire
 * props — `at.barChart[0].series.Revenue` is the bar heights a person sees.
 */
import type { ChartProps, ChartStack } from "../../protocol/elements";
import type { Node } from "../../protocol/tree";

export interface ChartRead {
  kind: "lineChart" | "barChart" | "areaChart" | "scatterChart";
  /** the x values, in the author's row order */
  x: (number | string)[];
  /** each series' values by name, aligned with `x` (null: no value) */
  series: Record<string, (number | null)[]>;
  xLabel?: string;
  yLabel?: string;
  height: number;
  /** bar and area charts */
  stack?: ChartStack;
  horizontal?: boolean;
  /** scatter charts: the size column's name and values, or every point's area */
  size?: number | { name: string; values: (number | null)[] };
  /** scatter charts: the numeric colour column shading the points */
  shade?: { name: string; values: (number | null)[] };
  node: Node;
}

export interface VegaLiteRead {
  /** the spec as the browser gets it, data included */
  spec: Record<string, unknown>;
  /** the spec's inline rows (`data.values`), or [] */
  values: Record<string, unknown>[];
  theme: "streamlit" | null;
  node: Node;
}

export function readChart(node: Node): ChartRead {
  const p = node.p as unknown as ChartProps & { stack?: ChartStack; horizontal?: true; size?: number | { name: string; v: (number | null)[] }; shade?: { name: string; v: (number | null)[] } };
  return {
    kind: node.k as ChartRead["kind"],
    x: p.x,
    series: Object.fromEntries(p.series.map((s) => [s.name, s.y])),
    ...(p.xLabel !== undefined ? { xLabel: p.xLabel } : {}),
    ...(p.yLabel !== undefined ? { yLabel: p.yLabel } : {}),
    height: p.height,
    ...(p.stack !== undefined ? { stack: p.stack } : {}),
    ...(node.k === "barChart" ? { horizontal: !!p.horizontal } : {}),
    ...(typeof p.size === "number" ? { size: p.size } : p.size ? { size: { name: p.size.name, values: p.size.v } } : {}),
    ...(p.shade ? { shade: { name: p.shade.name, values: p.shade.v } } : {}),
    node,
  };
}

export function readVegaLite(node: Node): VegaLiteRead {
  const spec = node.p.spec as Record<string, unknown>;
  const values = (spec.data as { values?: unknown } | undefined)?.values;
  return { spec, values: Array.isArray(values) ? (values as Record<string, unknown>[]) : [], theme: node.p.theme as "streamlit" | null, node };
}
