/**
 * st.line_chart in the browser: a responsive SVG line chart with nice ticks, a
 * legend, a hover/touch/keyboard crosshair with tooltip, and a hidden data table
 * for screen readers. Loaded lazily, only by pages that have a chart.
 *
 * Rendering is split by how often things change: the model on data change, the
 * layout (paths, ticks) on resize, and only the crosshair and tooltip on hover.
 */

import { useMemo, useState } from "preact/hooks";
import type { ElementProps } from "../../protocol/elements";
import { DataTable } from "./data-table";
import { Crosshair, Tooltip, describe } from "./hover";
import { html } from "./html";
import { keyTarget } from "./keys";
import { layout } from "./layout";
import { Legend } from "./legend";
import { prepare, type Model } from "./model";
import { Plot } from "./plot";
import { nearest } from "./scale";
import { BORDER, MUTED, VISUALLY_HIDDEN } from "./theme";
import { useWidth } from "./use-width";

/**
 * Absolutely placed so its fixed width never props its container open: in a flex
 * or grid column a static SVG's width is the column's minimum, and the chart
 * could grow with the column but never shrink back. `touch-action: pan-y`: a
 * horizontal drag scrubs through the values, a vertical one still scrolls the page.
 */
const SVG_STYLE = "position:absolute;left:0;top:0;font-family:inherit;user-select:none;touch-action:pan-y";

/** The accessible name: "Line chart of Revenue, Cost, Profit over 30 points, from Nov 1, 2026 to Nov 30, 2026". */
function summary(m: Model): string {
  const names = m.series.map((s) => s.name).filter(Boolean);
  const n = m.xs.length;
  return (
    "Line chart" +
    (names.length ? ` of ${names.join(", ")}` : "") +
    ` over ${n} point${n === 1 ? "" : "s"}` +
    (n > 1 ? `, from ${m.xText(0)} to ${m.xText(n - 1)}` : `, at ${m.xText(0)}`)
  );
}

export function LineChart({ props }: { props: ElementProps["lineChart"] }) {
  const { height, xLabel, yLabel } = props;
  const m = useMemo(() => prepare(props), [props.x, props.xKind, props.series]);
  const [ref, width] = useWidth<HTMLDivElement>();
  const g = useMemo(
    () => (m && width ? layout(m, width, height, xLabel, yLabel) : null),
    [m, width, height, xLabel, yLabel],
  );
  // Same vnode on every hover re-render, so Preact skips the paths and axes.
  const plot = useMemo(() => g && html`<${Plot} g=${g} xTitle=${xLabel} yTitle=${yLabel} />`, [g]);
  const table = useMemo(() => m && html`<${DataTable} m=${m} xTitle=${xLabel} />`, [m, xLabel]);
  const [at, setAt] = useState<number | null>(null);
  const [spoken, setSpoken] = useState("");
  const i = m && at != null && at < m.xs.length ? at : null;

  if (!m) {
    const box = `height:${height}px;display:flex;align-items:center;justify-content:center;color:${MUTED};border:1px dashed ${BORDER};border-radius:6px;box-sizing:border-box`;
    return html`<div ref=${ref}><div role="img" aria-label="Line chart: no data" style=${box}>No data</div></div>`;
  }

  const onPointer = (e: PointerEvent) => {
    if (!g) return;
    const r = (e.currentTarget as Element).getBoundingClientRect();
    setAt(nearest(g.px, e.clientX - r.left));
  };
  // A finger lifting also "leaves": keep the values on screen for touch until the next tap.
  const onLeave = (e: PointerEvent) => e.pointerType === "mouse" && setAt(null);
  const onKey = (e: KeyboardEvent) => {
    const next = keyTarget(e.key, i, m.xs.length);
    if (next === undefined || (next === null && i === null)) return;
    e.preventDefault();
    setAt(next);
    setSpoken(next == null ? "" : describe(m, next));
  };
  const onBlur = () => {
    setAt(null);
    setSpoken("");
  };

  return html`<div ref=${ref} style="position:relative">
${m.series.length > 1 && html`<${Legend} series=${m.series} />`}
<div role="img" aria-label=${summary(m)} tabIndex="0" onKeyDown=${onKey} onBlur=${onBlur} style=${`position:relative;height:${height}px;border-radius:4px`}>
${g && html`<svg width=${g.width} height=${g.height} style=${SVG_STYLE} onPointerMove=${onPointer} onPointerDown=${onPointer} onPointerLeave=${onLeave}>${plot}</svg>`}
${g && i != null && html`<${Crosshair} g=${g} m=${m} i=${i} /><${Tooltip} g=${g} m=${m} i=${i} />`}
</div>
${table}
<div aria-live="polite" style=${VISUALLY_HIDDEN}>${spoken}</div>
</div>`;
}
