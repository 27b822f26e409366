/**
 * Ports Streamlit's e2e_playwright/st_scatter_chart_test.py (app: st_scatter_chart.py →
 * test/e2e/app/conformance/charts.ts). The screenshots become measurements: every chart
 * drawn with a point per row, points where their values put them, colour and size by
 * column, the accessible name given as `alt`, and the hover and keyboard values.
 *
 * Not ported: `width`; check_top_level_class.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../../client/chart/format";
import { frames } from "../app/conformance/chart-frames";
import { useTestApp } from "../harness";
import { circles, drawn } from "./chart-geometry";

const app = useTestApp();
const TOTAL_SCATTER_CHARTS = 15;
const charts = (page: Page) => page.locator(".el-chart");

async function open() {
  const opened = await app.open("/conformance/scatter-chart", { viewport: { width: 1000, height: 900 } });
  await expect.poll(() => opened.page.locator(".el-chart svg").count()).toBe(TOTAL_SCATTER_CHARTS - 1); // the empty one has no plot
  return opened;
}

describe("st.scatter_chart, as Streamlit's st_scatter_chart_test expects", () => {
  it("draws all the scatter charts, a point per row and series", async () => {
    const { page, problems } = await open();
    expect(await charts(page).count()).toBe(TOTAL_SCATTER_CHARTS);
    expect(await page.getByRole("img", { name: "Scatter chart: no data" }).count()).toBe(1);
    const basic = await drawn(charts(page).nth(1));
    expect(basic.fills.map((f) => circles(f.d).length)).toEqual([20, 20, 20]);
    expect(basic.fills.every((f) => f.opacity === "0.7")).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("puts each point where its x and y columns say", async () => {
    const { page } = await open();
    const { df } = frames(0);
    const points = circles((await drawn(charts(page).nth(6))).fills[0]!.d); // x = b, y = a
    const rightmost = points.reduce((best, p) => (p.cx > best.cx ? p : best));
    const highest = points.reduce((best, p) => (p.cy < best.cy ? p : best));
    const byB = [...df.b.keys()].sort((i, j) => df.b[i]! - df.b[j]!);
    // points are in x order: the last is the row with the largest b, and the highest the largest a
    expect(points.indexOf(rightmost)).toBe(19);
    expect(df.a[byB[points.indexOf(highest)]!]).toBe(Math.max(...df.a));
    await page.context().close();
  });

  it("splits the points by the colour column, with a legend entry for each value", async () => {
    const { page } = await open();
    const chart = charts(page).nth(9);
    expect(await chart.locator(".el-chart-legend > span").allTextContents()).toEqual(["airplane", "bird"]);
    const { fills } = await drawn(chart);
    expect(fills.map((f) => circles(f.d).length)).toEqual([50, 50]);
    await page.context().close();
  });

  it("sizes the points by the size column, and shows its value on hover", async () => {
    const { page } = await open();
    const chart = charts(page).nth(10);
    const d = await drawn(chart);
    const all = d.fills.flatMap((f) => circles(f.d));
    expect(new Set(all.map((c) => c.r)).size).toBeGreaterThan(10);
    const fixed = (await drawn(charts(page).nth(9))).fills.flatMap((f) => circles(f.d));
    expect(new Set(fixed.map((c) => c.r)).size).toBe(1);
    // the biggest point is the row with the largest d
    const { color } = frames(0);
    const row = color.reduce((best, r) => (r.d > best.d ? r : best));
    const big = all.reduce((best, c) => (c.r > best.r ? c : best));
    await chart.scrollIntoViewIfNeeded();
    const box = (await drawn(chart)).box;
    await page.mouse.move(box.x + big.cx, box.y + big.cy);
    const tooltip = chart.locator(".el-chart-tooltip");
    await tooltip.waitFor();
    expect(await tooltip.locator("b, span").allTextContents()).toEqual([formatNumber(row.a), row.e, formatNumber(row.b), "d", formatNumber(row.d)]);
    await page.context().close();
  });

  it("shades the points by a numeric colour column, light to dark, with its range in the legend", async () => {
    const { page } = await open();
    const chart = charts(page).nth(11);
    const { fills } = await drawn(chart);
    // one path per shade, the 100 points spread over them
    expect(fills.length).toBeGreaterThan(4);
    expect(fills.reduce((n, f) => n + circles(f.d).length, 0)).toBe(100);
    const { color } = frames(0);
    const cs = color.map((r) => r.c);
    expect(await chart.locator(".el-chart-shades").textContent()).toBe(`c ${formatNumber(Math.min(...cs))}${formatNumber(Math.max(...cs))}`);
    // a point of the darkest shade has a c in the top eighth of the range, as its tooltip says
    const lo = Math.min(...cs);
    const hi = Math.max(...cs);
    const dark = circles(fills.at(-1)!.d)[0]!;
    await chart.scrollIntoViewIfNeeded();
    const box = (await drawn(chart)).box;
    await page.mouse.move(box.x + dark.cx, box.y + dark.cy);
    const tooltip = chart.locator(".el-chart-tooltip");
    await tooltip.waitFor();
    const texts = await tooltip.locator("b, span").allTextContents();
    expect(texts.at(-2)).toBe("c");
    const shown = color.find((r) => formatNumber(r.c) === texts.at(-1))!;
    expect(shown.c).toBeGreaterThanOrEqual(lo + ((hi - lo) * 6.5) / 7);
    await page.context().close();
  });

  it("takes its accessible name from alt, or else says what it shows", async () => {
    const { page } = await open();
    expect(await page.getByRole("img", { name: "Scatter chart of columns a, b, and c" }).count()).toBe(1);
    expect(await charts(page).nth(14).locator('[role="img"]').getAttribute("aria-label")).toBe("Scatter chart of a, b, c over 20 points, from 0 to 19");
    expect(await charts(page).nth(14).locator('[role="img"]').getAttribute("tabindex")).toBe("0");
    await page.context().close();
  });

  it("steps through the points in x order with the arrow keys, saying the series that has each", async () => {
    const { page } = await open();
    const { color } = frames(0);
    await charts(page).nth(9).locator('[role="img"]').focus();
    await page.keyboard.press("Home");
    const first = color[99]!; // x = a = -i: the last row is the leftmost point
    await expect.poll(() => charts(page).nth(9).locator("[aria-live]").textContent()).toBe(`${formatNumber(first.a)}: ${first.e} ${formatNumber(first.b)}`);
    await page.context().close();
  });
});
