/**
 * st.lineChart, barChart, areaChart and scatterChart in the browser: one responsive SVG
 * chart model — nice ticks, a legend, a hover/touch/keyboard crosshair with tooltip, and
 * a hidden data table for screen readers — drawn with several marks. Loaded lazily, only
 * by pages that have a chart.
 *
 * Rendering is split by how often things change: the model (and stacks) on data change,
 * the layout (paths, ticks) on resize, and only the crosshair and tooltip on hover.
 */

import { useMemo, useState } from "preact/hooks";
import type { ChartProps, ElementProps } from "../../protocol/elements";
import { DataTable } from "./data-table";
import { formatNumber } from "./format";
import { Crosshair, Tooltip, describe, readingsAt } from "./hover";
import { html } from "./html";
import { keyTarget } from "./keys";
import { type ChartSpec, type Geometry, type Mark, layout } from "./layout";
import { Legend } from "./legend";
import { prepare, type Model } from "./model";
import { Plot } from "./plot";
import { nearest } from "./scale";
import { type Stack, stackSeries } from "./stack";
import { BORDER, MUTED, SHADES, VISUALLY_HIDDEN } from "./theme";
import { useWidth } from "./use-width";

/**
 * Absolutely placed so its fixed width never props its container open: in a flex
 * or grid column a static SVG's width is the column's minimum, and the chart
 * could grow with the column but never shrink back. `touch-action: pan-y`: a
 * horizontal drag scrubs through the values, a vertical one still scrolls the page.
 */
const SVG_STYLE = "position:absolute;left:0;top:0;font-family:inherit;user-select:none;touch-action:pan-y";

interface Options {
  props: ChartProps;
  mark: Mark;
  stack: Stack;
  horizontal: boolean;
  /** scatter charts: each point's area in px², or a column of values to scale */
  size?: ElementProps["scatterChart"]["size"];
  /** scatter charts: a numeric column shading the points */
  shade?: ElementProps["scatterChart"]["shade"];
}

/** The chart's name in its accessible label: "Stacked bar chart". */
function kindName({ mark, stack, horizontal }: Options, many: boolean): string {
  if (mark === "line") return "Line chart";
  if (mark === "point") return "Scatter chart";
  const how =
    stack === "normalize"
      ? "Normalized stacked "
      : stack === "center"
        ? "Centered stacked "
        : !many
          ? ""
          : stack === true
            ? "Stacked "
            : stack === false && mark === "bar"
              ? "Grouped "
              : "Overlapping ";
  const what = mark === "bar" ? (horizontal ? "horizontal bar chart" : "bar chart") : "area chart";
  return how ? how + what : what[0]!.toUpperCase() + what.slice(1);
}

/** The accessible name: "Line chart of Revenue, Cost, Profit over 30 points, from Nov 1, 2026 to Nov 30, 2026". */
function summary(o: Options, m: Model): string {
  if (o.props.alt) return o.props.alt;
  const names = m.series.map((s) => s.name).filter(Boolean);
  const n = m.xs.length;
  return (
    kindName(o, m.series.length > 1) +
    (names.length ? ` of ${names.join(", ")}` : "") +
    ` over ${n} point${n === 1 ? "" : "s"}` +
    (n > 1 ? `, from ${m.xText(0)} to ${m.xText(n - 1)}` : `, at ${m.xText(0)}`)
  );
}

/** Point areas (px²) a size column's values are scaled between, as Vega-Lite's default size range. */
const AREA_MIN = 16;
const AREA_MAX = 400;
const DEFAULT_AREA = 30;

/** Each point's radius by x index: a fixed area, or the size column's value scaled into AREA_MIN…AREA_MAX. */
function radii(m: Model, size: Options["size"]): (i: number) => number {
  const r = (area: number) => Math.sqrt(area / Math.PI);
  if (size === undefined || typeof size === "number") {
    const fixed = r(size ?? DEFAULT_AREA);
    return () => fixed;
  }
  const v = m.order.map((row) => size.v[row] ?? null);
  const finite = v.filter((x): x is number => x != null);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return (i) => {
    const x = v[i];
    if (x == null) return r(DEFAULT_AREA);
    return r(hi > lo ? AREA_MIN + ((x - lo) / (hi - lo)) * (AREA_MAX - AREA_MIN) : (AREA_MIN + AREA_MAX) / 2);
  };
}

/** A numeric column's range and each point's shade (an index into SHADES, -1 without a value), by x index. */
function shades(m: Model, shade: NonNullable<Options["shade"]>) {
  const v = m.order.map((row) => shade.v[row] ?? null);
  const finite = v.filter((x): x is number => x != null);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const last = SHADES.length - 1;
  const of = (i: number) => {
    const x = v[i];
    if (x == null) return -1;
    return hi > lo ? Math.round(((x - lo) / (hi - lo)) * last) : last;
  };
  return { name: shade.name, lo, hi, of, value: (i: number) => v[i] ?? null };
}

function Chart(o: Options) {
  const { props, mark, stack, horizontal, size, shade } = o;
  const { height, xLabel, yLabel } = props;
  const m = useMemo(() => prepare(props), [props.x, props.xKind, props.series, props.colors]);
  const stacked = useMemo(() => (m && (mark === "bar" || mark === "area") ? stackSeries(m.series, m.xs.length, stack) : null), [m, mark, stack]);
  const radius = useMemo(() => (m && mark === "point" ? radii(m, size) : undefined), [m, mark, size]);
  const shading = useMemo(() => (m && mark === "point" && shade ? shades(m, shade) : undefined), [m, mark, shade]);
  const spec: ChartSpec = { mark, stack, horizontal, xTitle: xLabel, yTitle: yLabel, radius, shade: shading?.of };
  const [ref, width] = useWidth<HTMLDivElement>();
  const g = useMemo(
    () => (m && width ? layout(m, width, height, spec, stacked) : null),
    [m, stacked, radius, shading, width, height, xLabel, yLabel, mark, stack, horizontal],
  );
  // Same vnode on every hover re-render, so Preact skips the paths and axes.
  const plot = useMemo(() => g && m && html`<${Plot} g=${g} mark=${mark} colors=${m.colors} layered=${stack === "layered"} xTitle=${xLabel} yTitle=${yLabel} />`, [g]);
  const table = useMemo(() => m && html`<${DataTable} m=${m} xTitle=${xLabel} />`, [m, xLabel]);
  const [at, setAt] = useState<number | null>(null);
  const [spoken, setSpoken] = useState("");
  const i = m && at != null && at < m.xs.length ? at : null;

  if (!m) {
    const box = `height:${height}px;display:flex;align-items:center;justify-content:center;color:${MUTED};border:1px dashed ${BORDER};border-radius:6px;box-sizing:border-box`;
    return html`<div ref=${ref} class="el-chart"><div role="img" aria-label=${props.alt || kindName(o, false) + ": no data"} style=${box}>No data</div></div>`;
  }

  const readings = (k: number) => {
    const r = readingsAt(m, k, mark === "point");
    if (size && typeof size === "object") {
      const v = size.v[m.order[k]!];
      r.push({ name: size.name, value: v == null ? "—" : formatNumber(v) });
    }
    if (shading) {
      const v = shading.value(k);
      r.push({ name: shading.name, value: v == null ? "—" : formatNumber(v), ...(v == null ? {} : { color: SHADES[shading.of(k)]! }) });
    }
    return r;
  };
  const onPointer = (e: PointerEvent) => {
    if (!g) return;
    const box = (e.currentTarget as Element).getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    setAt(mark === "point" ? nearestPoint(m, g, x, y) : nearest(g.px, g.horizontal ? y : x));
  };
  // A finger lifting also "leaves": keep the values on screen for touch until the next tap.
  const onLeave = (e: PointerEvent) => e.pointerType === "mouse" && setAt(null);
  const onKey = (e: KeyboardEvent) => {
    // Down the side, horizontal bars step with the up and down arrows too.
    const key = horizontal ? ({ ArrowDown: "ArrowRight", ArrowUp: "ArrowLeft" } as Record<string, string>)[e.key] ?? e.key : e.key;
    const next = keyTarget(key, i, m.xs.length);
    if (next === undefined || (next === null && i === null)) return;
    e.preventDefault();
    setAt(next);
    setSpoken(next == null ? "" : describe(m, readings(next), next));
  };
  const onBlur = () => {
    setAt(null);
    setSpoken("");
  };

  return html`<div ref=${ref} class="el-chart" style="position:relative">
${(m.series.length > 1 || shading) && html`<${Legend} m=${m} mark=${mark} shade=${shading && { name: shading.name, lo: formatNumber(shading.lo), hi: formatNumber(shading.hi) }} />`}
<div role="img" aria-label=${summary(o, m)} tabIndex="0" onKeyDown=${onKey} onBlur=${onBlur} style=${`position:relative;height:${height}px;border-radius:4px`}>
${g && html`<svg width=${g.width} height=${g.height} aria-hidden="true" style=${SVG_STYLE} onPointerMove=${onPointer} onPointerDown=${onPointer} onPointerLeave=${onLeave}>${plot}</svg>`}
${g && i != null && html`<${Crosshair} g=${g} m=${m} mark=${mark} i=${i} radius=${radius} /><${Tooltip} g=${g} m=${m} mark=${mark} i=${i} readings=${readings(i)} />`}
</div>
${table}
<div aria-live="polite" style=${VISUALLY_HIDDEN}>${spoken}</div>
</div>`;
}

/** The row whose point (in any series) is nearest the pointer; every point is checked (10,000 are quick). */
function nearestPoint(m: Model, g: Geometry, x: number, y: number): number {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < m.xs.length; i++) {
    const dx = g.px[i]! - x;
    for (let k = 0; k < m.series.length; k++) {
      const dy = g.valueAt(k, i) - y;
      const d = dx * dx + dy * dy;
      if (d < bestD) [best, bestD] = [i, d];
    }
  }
  return best;
}

export function LineChart({ props }: { props: ElementProps["lineChart"] }) {
  return html`<${Chart} props=${props} mark="line" stack=${false} horizontal=${false} />`;
}

export function BarChart({ props }: { props: ElementProps["barChart"] }) {
  return html`<${Chart} props=${props} mark="bar" stack=${props.stack} horizontal=${!!props.horizontal} />`;
}

export function AreaChart({ props }: { props: ElementProps["areaChart"] }) {
  return html`<${Chart} props=${props} mark="area" stack=${props.stack} horizontal=${false} />`;
}

export function ScatterChart({ props }: { props: ElementProps["scatterChart"] }) {
  return html`<${Chart} props=${props} mark="point" stack=${false} horizontal=${false} size=${props.size} shade=${props.shade} />`;
}
