/**
 * The chart's colours. Text and lines read the app's theme variables (with light
 * fallbacks) so the chart follows light and dark mode; series use Streamlit's
 * categorical palette so charts look as they do in Streamlit.
 */

export const TEXT = "var(--el-text, #31333f)";
export const MUTED = "var(--el-muted, #808495)";
export const BORDER = "var(--el-border, #d5dae5)";
export const BG = "var(--el-bg, #fff)";

const PALETTE = [
  "#0068c9",
  "#83c9ff",
  "#ff2b2b",
  "#ffabab",
  "#29b09d",
  "#7defa1",
  "#ff8700",
  "#ffd16a",
  "#6d3fc0",
  "#d5dae5",
];

/** A sequential scale, light to dark, for points shaded by a numeric column (Streamlit's blues). */
export const SHADES = ["#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"];

/** The colour of series `i`; the palette repeats past ten series. */
export const color = (i: number) => PALETTE[i % PALETTE.length]!;

/**
 * Hidden on screen, still read by screen readers. Styles are strings throughout the
 * chart: Preact sets them as `style.cssText` (CSSOM, fine under the CSP), and they
 * are about half the bytes of style objects.
 */
export const VISUALLY_HIDDEN = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap";
