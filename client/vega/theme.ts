/**
 * The "streamlit" theme for Vega-Lite charts: the app's font and its text, muted, border
 * and background colours, read from the page's CSS variables when the chart is drawn, so
 * a spec follows light and dark mode as edgelit's own charts do; series take Streamlit's
 * categorical palette. A spec's own `config` still wins (vega-lite merges it over this).
 */

import type { Config } from "vega-lite";

const PALETTE = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];

export function streamlitTheme(el: Element): Config {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const text = v("--el-text", "#31333f");
  const muted = v("--el-muted", "#808495");
  const border = v("--el-border", "#d5dae5");
  const font = css.fontFamily || "sans-serif";
  const axis = {
    labelColor: muted,
    titleColor: text,
    gridColor: border,
    domainColor: border,
    tickColor: border,
    labelFont: font,
    titleFont: font,
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 600 as const,
    titlePadding: 8,
  };
  return {
    background: v("--el-bg", "#fff"),
    font,
    view: { stroke: null },
    axis,
    legend: { labelColor: text, titleColor: text, labelFont: font, titleFont: font, labelFontSize: 12, titleFontSize: 12 },
    title: { color: text, font, fontSize: 14, fontWeight: 600, anchor: "start" },
    header: { labelColor: text, titleColor: text },
    range: { category: PALETTE },
    mark: { color: PALETTE[0] },
  };
}
