/**
 * Ports Streamlit's e2e_playwright/st_bar_chart_test.py (app: st_bar_chart.py →
 * test/e2e/app/conformance/charts.ts). Streamlit's screenshots become measurements of
 * what a person sees: every chart drawn, bars stacked on each other or grouped side by
 * side, horizontal bars, the legend, the hover tooltip's values, the keyboard, dark mode,
 * and add_rows keeping the chart's colours, orientation and grouping.
 *
 * Not ported: `width`, `use_container_width` and `sort` (edgelit's charts fill their column
 * and keep the data's x order); check_top_level_class (Streamlit's CSS class names).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../../client/chart/format";
import { frames } from "../app/conformance/chart-frames";
import { idle, useTestApp } from "../harness";
import { drawn, rects } from "./chart-geometry";

const app = useTestApp();
const TOTAL_BAR_CHARTS = 19;
const charts = (page: Page) => page.locator(".el-chart");
const SITES = ["University Farm", "Waseca", "Morris", "Crookston", "Grand Rapids", "Duluth"];
const near = (a: number, b: number) => Math.abs(a - b) < 0.25;

/** Every chart is drawn (the chart chunk is fetched once, then each chart measures its width). */
async function open(path = "/conformance/bar-chart", colorScheme: "light" | "dark" = "light") {
  const opened = await app.open(path, { viewport: { width: 1000, height: 900 }, colorScheme });
  await expect.poll(() => opened.page.locator(".el-chart svg").count()).toBe(TOTAL_BAR_CHARTS - 2); // the empty ones have no plot
  return opened;
}

describe("st.bar_chart, as Streamlit's st_bar_chart_test expects", () => {
  it("draws all the bar charts, the first with no data", async () => {
    const { page, problems } = await open();
    expect(await charts(page).count()).toBe(TOTAL_BAR_CHARTS);
    expect(await page.getByRole("img", { name: "Bar chart: no data" }).count()).toBe(2); // the empty one, and add_rows' before the press
    const basic = await drawn(charts(page).nth(1));
    expect(basic.fills.map((f) => rects(f.d).length)).toEqual([20, 20, 20]);
    expect(await charts(page).nth(1).getByRole("img").getAttribute("aria-label")).toBe("Stacked bar chart of a, b, c over 20 points, from 0 to 19");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("stacks each variety's yields on top of each other by default", async () => {
    const { page } = await open();
    const { fills } = await drawn(charts(page).nth(13));
    const bySite = fills.map((f) => rects(f.d));
    expect(bySite).toHaveLength(SITES.length);
    for (let v = 0; v < 10; v++) {
      for (let k = 1; k < SITES.length; k++) {
        const below = bySite[k - 1]![v]!;
        const above = bySite[k]![v]!;
        expect(near(above.x, below.x) && near(above.w, below.w)).toBe(true);
        expect(near(above.y + above.h, below.y)).toBe(true); // sits on the one below
      }
    }
    await page.context().close();
  });

  it("groups them side by side on one baseline with stack=False", async () => {
    const { page } = await open();
    const bySite = (await drawn(charts(page).nth(14))).fills.map((f) => rects(f.d));
    for (let v = 0; v < 10; v++) {
      for (let k = 1; k < SITES.length; k++) {
        const left = bySite[k - 1]![v]!;
        const right = bySite[k]![v]!;
        expect(right.x).toBeGreaterThanOrEqual(left.x + left.w - 0.25); // beside it, not on it
        expect(near(right.y + right.h, left.y + left.h)).toBe(true); // the same baseline
      }
    }
    await page.context().close();
  });

  it("fills the whole height with every variety's stack when normalized, on a 0–100% axis", async () => {
    const { page } = await open();
    const d = await drawn(charts(page).nth(15));
    const bySite = d.fills.map((f) => rects(f.d));
    const top = (v: number) => Math.min(...bySite.map((s) => s[v]!.y));
    const bottom = (v: number) => Math.max(...bySite.map((s) => s[v]!.y + s[v]!.h));
    for (let v = 1; v < 10; v++) expect(near(top(v), top(0)) && near(bottom(v), bottom(0))).toBe(true);
    expect(d.labels).toEqual(expect.arrayContaining(["0%", "100%"]));
    await page.context().close();
  });

  it("overlaps the bars, see-through, with stack='layered', and centres the stacks on zero with 'center'", async () => {
    const { page } = await open();
    const layered = await drawn(charts(page).nth(17));
    const [first, second] = layered.fills.map((f) => rects(f.d));
    expect(near(first![0]!.x, second![0]!.x) && near(first![0]!.y + first![0]!.h, second![0]!.y + second![0]!.h)).toBe(true);
    expect(layered.fills[0]!.opacity).toBe("0.7");
    const center = (await drawn(charts(page).nth(16))).fills.map((f) => rects(f.d));
    const mid = (v: number) => (Math.min(...center.map((s) => s[v]!.y)) + Math.max(...center.map((s) => s[v]!.y + s[v]!.h))) / 2;
    for (let v = 1; v < 10; v++) expect(Math.abs(mid(v) - mid(0))).toBeLessThan(0.5);
    await page.context().close();
  });

  it("lays bars along the x axis with horizontal=True, the x values down the side", async () => {
    const { page } = await open();
    const upright = rects((await drawn(charts(page).nth(1))).fills[0]!.d);
    const sideways = rects((await drawn(charts(page).nth(11))).fills[0]!.d);
    // upright bars share a width and differ in height; horizontal ones the other way round
    expect(new Set(upright.map((r) => r.w.toFixed(1))).size).toBe(1);
    expect(new Set(sideways.map((r) => r.h.toFixed(1))).size).toBe(1);
    expect(new Set(sideways.map((r) => r.w.toFixed(1))).size).toBeGreaterThan(5);
    // x runs down the side: the first row's bar is above the last's
    expect(sideways[0]!.y).toBeLessThan(sideways[19]!.y);
    const labelled = await drawn(charts(page).nth(12));
    expect(labelled.labels).toEqual(expect.arrayContaining(["X Label", "Y Label"]));
    expect(await charts(page).nth(11).getByRole("img").getAttribute("aria-label")).toMatch(/^Stacked horizontal bar chart of a, b, c/);
    await page.context().close();
  });

  it("names each site in the legend, in the data's order", async () => {
    const { page } = await open();
    const legend = charts(page).nth(13).locator(".el-chart-legend > span");
    expect(await legend.allTextContents()).toEqual(SITES);
    const colour = await charts(page).nth(9).locator(".el-chart-legend > span").allTextContents();
    expect(colour).toEqual(["airplane", "bird"]);
    await page.context().close();
  });

  it("shows every series' value at the bar under the pointer", async () => {
    const { page } = await open();
    const chart = charts(page).nth(1);
    await chart.scrollIntoViewIfNeeded();
    const d = await drawn(chart);
    const bar = rects(d.fills[0]!.d)[3]!;
    await page.mouse.move(d.box.x + bar.x + bar.w / 2, d.box.y + 40);
    const tooltip = chart.locator(".el-chart-tooltip");
    await tooltip.waitFor();
    const { df } = frames(0);
    expect(await tooltip.locator("b, span").allTextContents()).toEqual([
      "3",
      ...["a", "b", "c"].flatMap((k) => [k, formatNumber(df[k as "a" | "b" | "c"][3]!)]),
    ]);
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltip.count()).toBe(0);
    await page.context().close();
  });

  it("steps through the bars with the arrow keys, saying each one's values", async () => {
    const { page } = await open();
    const chart = charts(page).nth(11).getByRole("img");
    await chart.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const { df } = frames(0);
    const said = `1: a ${formatNumber(df.a[1]!)}; b ${formatNumber(df.b[1]!)}; c ${formatNumber(df.c[1]!)}`;
    await expect.poll(() => charts(page).nth(11).locator("[aria-live]").textContent()).toBe(said);
    expect(await charts(page).nth(11).locator(".el-chart-tooltip").isVisible()).toBe(true);
    await page.context().close();
  });

  it("fits a phone's width, showing fewer x labels rather than letting them overlap", async () => {
    const { page } = await app.open("/conformance/bar-chart", { viewport: { width: 390, height: 844 } });
    await expect.poll(() => page.locator(".el-chart svg").count()).toBe(TOTAL_BAR_CHARTS - 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const i of [2, 11]) {
      const chart = charts(page).nth(i);
      expect((await drawn(chart)).box.width).toBeLessThanOrEqual(390);
      // the tick labels along the bottom (not the axis titles, in bold): the lowest ones
      const boxes = await chart.locator("svg g:not([font-weight]) > text").evaluateAll((ts) => ts.map((t) => (t as SVGGraphicsElement).getBBox()).map((b) => ({ x: b.x, y: b.y, w: b.width })));
      const lowest = Math.max(...boxes.map((b) => b.y));
      const bottom = boxes.filter((b) => b.y === lowest).sort((a, b) => a.x - b.x);
      expect(bottom.length).toBeGreaterThan(1);
      for (let k = 1; k < bottom.length; k++) expect(bottom[k]!.x).toBeGreaterThanOrEqual(bottom[k - 1]!.x + bottom[k - 1]!.w);
    }
    await page.context().close();
  });

  it("uses the dark scheme's colours when the system asks for dark", async () => {
    const { page } = await open("/conformance/bar-chart", "dark");
    const chart = charts(page).nth(1);
    const label = await chart.locator("svg text").first().evaluate((t) => getComputedStyle(t).fill);
    expect(label).toBe("rgb(163, 168, 184)");
    await chart.getByRole("img").focus();
    await page.keyboard.press("ArrowRight");
    const bg = await chart.locator(".el-chart-tooltip").evaluate((t) => getComputedStyle(t).backgroundColor);
    expect(bg).toBe("rgb(14, 17, 23)");
    await page.context().close();
  });

  it("keeps add_rows' chart horizontal, grouped and in its colours when rows are added", async () => {
    const { page } = await open();
    await page.getByRole("button", { name: "Add data to Bar Chart" }).click();
    await idle(page);
    await expect.poll(() => page.locator(".el-chart svg").count()).toBe(TOTAL_BAR_CHARTS - 1);
    const d = await drawn(charts(page).nth(18));
    expect(d.fills.map((f) => f.color)).toEqual(["#800080", "#0000FF"]);
    const [one, two] = d.fills.map((f) => rects(f.d));
    expect(one).toHaveLength(5);
    expect(two).toHaveLength(5);
    // horizontal and grouped: one label's two bars are one above the other, from the same left edge
    expect(near(one![0]!.x, two![0]!.x)).toBe(true);
    expect(two![0]!.y).toBeGreaterThanOrEqual(one![0]!.y + one![0]!.h - 0.25);
    expect(d.labels).toEqual(expect.arrayContaining(["A", "E"]));
    expect(await charts(page).nth(18).locator(".el-chart-legend > span").allTextContents()).toEqual(["Bar 1", "Bar 2"]);
    await page.context().close();
  });
});
