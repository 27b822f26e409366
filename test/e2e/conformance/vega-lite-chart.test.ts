/**
 * Ports Streamlit's e2e_playwright/st_vega_lite_chart_test.py (app: st_vega_lite_chart.py →
 * test/e2e/app/conformance/vega-lite-chart.ts): every chart drawn by vega (its SVG, with
 * vega's graphics-document role), widths — the column's, or the spec's own — the same plot
 * given three ways, the Streamlit theme following light and dark, the spec's own config
 * winning over it, an empty chart, data changed by a rerun, the spec's tooltip on hover,
 * and (edgelit's addition) addRows. All under the app's CSP, which allows no eval.
 *
 * Not ported: the screenshots (measured instead); Streamlit's keyword-argument spec;
 * check_top_level_class.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, useTestApp } from "../harness";

const app = useTestApp();
const VEGA_LITE_CHART_COUNT = 11;
const charts = (page: Page) => page.locator(".el-vega-lite");
const svg = (chart: Locator) => chart.locator("svg.marks");

async function open(colorScheme: "light" | "dark" = "light") {
  const opened = await app.open("/conformance/vega-lite-chart", { viewport: { width: 1000, height: 900 }, colorScheme });
  await expect.poll(() => opened.page.locator(".el-vega-lite svg.marks").count(), { timeout: 20_000 }).toBe(VEGA_LITE_CHART_COUNT);
  return opened;
}

/** The bars vega drew (its rect marks' paths), as their heights. */
const barHeights = (chart: Locator) =>
  chart.locator(".mark-rect path").evaluateAll((paths) => paths.map((p) => Math.round((p as SVGGraphicsElement).getBBox().height)));

describe("st.vega_lite_chart, as Streamlit's st_vega_lite_chart_test expects", () => {
  it("draws every chart with vega, under the page's CSP", async () => {
    const { page, problems } = await open();
    expect(await charts(page).count()).toBe(VEGA_LITE_CHART_COUNT);
    expect(await page.locator('.el-vega-lite [role="graphics-document"]').count()).toBe(VEGA_LITE_CHART_COUNT);
    expect(await svg(charts(page).nth(0)).locator(".mark-symbol.role-mark path").count()).toBe(200);
    expect(await page.getByRole("img", { name: "Vega-Lite chart" }).count()).toBe(VEGA_LITE_CHART_COUNT - 1);
    expect(await page.getByRole("img", { name: "Chart: test" }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("fills the column's width, unless the spec sets its own", async () => {
    const { page } = await open();
    const width = (l: Locator) => l.evaluate((e) => Math.round(e.getBoundingClientRect().width));
    const column = await width(charts(page).nth(0));
    expect(await width(svg(charts(page).nth(0)))).toBe(column);
    expect(await width(svg(charts(page).nth(2)))).toBe(column);
    const own = await width(svg(charts(page).nth(1)));
    expect(own).toBeGreaterThan(400);
    expect(own).toBeLessThan(500); // 400 for the plot, plus its axes
    await page.context().close();
  });

  it("draws the same plot from top-level data, a named dataset and inline values", async () => {
    const { page } = await open();
    const heights = await Promise.all([2, 3, 4].map((i) => barHeights(charts(page).nth(i))));
    expect(heights[0]).toHaveLength(4);
    expect(heights[1]).toEqual(heights[0]);
    expect(heights[2]).toEqual(heights[0]);
    expect(heights[0]![3]).toBeGreaterThan(heights[0]![0]!); // D (91) is taller than A (28)
    await page.context().close();
  });

  it("uses the app's colours with the Streamlit theme, light and dark, and vega's own without it", async () => {
    const bg = (l: Locator) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
    const { page } = await open("dark"); // light: the next test
    expect(await bg(svg(charts(page).nth(5)))).toBe("rgb(14, 17, 23)");
    const label = await svg(charts(page).nth(5)).locator(".role-axis-label text").first().evaluate((t) => t.getAttribute("fill"));
    expect(label).toBe("#a3a8b8");
    expect(await bg(svg(charts(page).nth(6)))).not.toBe("rgb(14, 17, 23)"); // theme=None: the spec's look
    // the spec's own config wins over the theme
    expect(await bg(svg(charts(page).nth(7)))).toBe("rgb(128, 0, 128)");
    expect(await svg(charts(page).nth(7)).locator(".role-axis-label text").first().getAttribute("fill")).toBe("blue");
    await page.context().close();
  });

  it("switches between light and dark with the system, without a reload", async () => {
    const { page } = await open();
    const bg = () => svg(charts(page).nth(5)).evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await bg()).toBe("rgb(255, 255, 255)");
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(bg).toBe("rgb(14, 17, 23)");
    await page.context().close();
  });

  it("is as tall as the height it is given", async () => {
    const { page } = await open();
    const height = await svg(charts(page).nth(10)).evaluate((e) => Math.round(e.getBoundingClientRect().height));
    expect(height).toBe(200);
    await page.context().close();
  });

  it("shows the spec's tooltip for the bar under the pointer", async () => {
    const { page } = await open();
    const bar = svg(charts(page).nth(1)).locator(".mark-rect path").first();
    await bar.scrollIntoViewIfNeeded();
    await bar.hover();
    const tooltip = page.locator("#vg-tooltip-element");
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.locator("td").allTextContents()).toEqual(["a", "A", "b", "28"]);
    await page.context().close();
  });

  it("draws an empty chart for a spec without data", async () => {
    const { page } = await open();
    const empty = svg(charts(page).nth(8));
    expect(await empty.locator(".mark-line path").count()).toBe(0);
    expect((await empty.locator(".role-axis-title text").allTextContents()).sort()).toEqual(["a", "b"]);
    await page.context().close();
  });

  it("redraws with the new data after a rerun, and with rows added by addRows", async () => {
    const { page } = await open();
    const line = svg(charts(page).nth(9)).locator(".mark-line path");
    const points = async () => ((await line.getAttribute("d")) ?? "").split(/[ML]/).filter(Boolean).length;
    expect(await points()).toBe(3);
    await page.getByRole("button", { name: "change" }).click();
    await idle(page);
    await expect.poll(points).toBe(4);
    await page.getByRole("button", { name: "add a point" }).click();
    await idle(page);
    await expect.poll(points).toBe(4); // the rerun drew the first data again, plus the added row
    await page.context().close();
  });
});
