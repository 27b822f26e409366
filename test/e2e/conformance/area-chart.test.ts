/**
 * Ports Streamlit's e2e_playwright/st_area_chart_test.py (app: st_area_chart.py →
 * test/e2e/app/conformance/charts.ts). The screenshots become measurements: every chart
 * drawn, areas stacked on each other or overlapping, normalised to 100%, the author's
 * colours, the hover tooltip's values and the keyboard, and add_rows keeping the colours.
 *
 * Not ported: `width` (edgelit's charts fill their column); check_top_level_class.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatDate, formatNumber } from "../../../client/chart/format";
import { frames, unemployment } from "../app/conformance/chart-frames";
import { idle, useTestApp } from "../harness";
import { drawn } from "./chart-geometry";

const app = useTestApp();
const TOTAL_AREA_CHARTS = 16;
const SERIES = ["Government", "Mining and Extraction", "Construction", "Manufacturing", "Finance"];
const charts = (page: Page) => page.locator(".el-chart");

async function open() {
  const opened = await app.open("/conformance/area-chart", { viewport: { width: 1000, height: 900 } });
  await expect.poll(() => opened.page.locator(".el-chart svg").count()).toBe(TOTAL_AREA_CHARTS - 2); // the empty ones have no plot
  return opened;
}

/** The page's unemployment rows, as its generator made them. */
function source() {
  return unemployment(frames(0).rand);
}

describe("st.area_chart, as Streamlit's st_area_chart_test expects", () => {
  it("draws all the area charts, translucent areas under their lines", async () => {
    const { page, problems } = await open();
    expect(await charts(page).count()).toBe(TOTAL_AREA_CHARTS);
    const basic = await drawn(charts(page).nth(1));
    expect(basic.fills).toHaveLength(3);
    expect(basic.fills.every((f) => f.opacity === "0.5")).toBe(true);
    expect(basic.lines.map((l) => l.length)).toEqual([20, 20, 20]);
    expect(await charts(page).nth(1).locator('[role="img"]').getAttribute("aria-label")).toBe("Stacked area chart of a, b, c over 20 points, from 0 to 19");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("stacks each series on the one before it by default", async () => {
    const { page } = await open();
    const { lines } = await drawn(charts(page).nth(12));
    expect(lines).toHaveLength(SERIES.length);
    for (let k = 1; k < lines.length; k++) {
      for (let i = 0; i < 24; i++) expect(lines[k]![i]!.y).toBeLessThan(lines[k - 1]![i]!.y); // counts are positive: each top is higher
    }
    expect(await charts(page).nth(12).locator(".el-chart-legend > span").allTextContents()).toEqual(SERIES);
    await page.context().close();
  });

  it("overlaps the areas in the author's colours with stack=False, each at its own values", async () => {
    const { page } = await open();
    const { fills, lines } = await drawn(charts(page).nth(11));
    expect(fills.map((f) => f.color)).toEqual(["#ffaa00", "#3399ff", "#009900"]);
    // unstacked lines cross: a is above b at some x and below it at others
    const above = lines[0]!.map((p, i) => p.y < lines[1]![i]!.y);
    expect(above.includes(true) && above.includes(false)).toBe(true);
    await page.context().close();
  });

  it("fills the plot's height at every x when normalized, on a 0–100% axis", async () => {
    const { page } = await open();
    const { lines, labels } = await drawn(charts(page).nth(13));
    const top = lines.at(-1)!;
    expect(new Set(top.map((p) => p.y)).size).toBe(1); // the last series' top is the plot's top everywhere
    expect(labels).toEqual(expect.arrayContaining(["0%", "100%"]));
    await page.context().close();
  });

  it("shows the date and every series' count at the x under the pointer", async () => {
    const { page } = await open();
    const chart = charts(page).nth(12);
    await chart.scrollIntoViewIfNeeded();
    const d = await drawn(chart);
    await page.mouse.move(d.box.x + d.lines[0]![5]!.x, d.box.y + 60);
    const tooltip = chart.locator(".el-chart-tooltip");
    await tooltip.waitFor();
    const rows = source().filter((r) => r.date === "2000-06-01");
    expect(await tooltip.locator("b, span").allTextContents()).toEqual([
      formatDate(Date.UTC(2000, 5, 1), false),
      ...SERIES.flatMap((s) => [s, formatNumber(rows.find((r) => r.series === s)!.count)]),
    ]);
    await page.context().close();
  });

  it("goes to the first and last dates with Home and End, saying the values", async () => {
    const { page } = await open();
    await charts(page).nth(12).locator('[role="img"]').focus();
    await page.keyboard.press("End");
    const last = source().filter((r) => r.date === "2001-12-01");
    const said = `${formatDate(Date.UTC(2001, 11, 1), false)}: ${SERIES.map((s) => `${s} ${formatNumber(last.find((r) => r.series === s)!.count)}`).join("; ")}`;
    await expect.poll(() => charts(page).nth(12).locator("[aria-live]").textContent()).toBe(said);
    await page.context().close();
  });

  it("keeps add_rows' chart in its colours when rows are added", async () => {
    const { page } = await open();
    await page.getByRole("button", { name: "Add data to Area Chart" }).click();
    await idle(page);
    await expect.poll(() => page.locator(".el-chart svg").count()).toBe(TOTAL_AREA_CHARTS - 1);
    const d = await drawn(charts(page).nth(15));
    expect(d.fills.map((f) => f.color)).toEqual(["#800080", "#0000FF"]);
    expect(d.lines.map((l) => l.length)).toEqual([10, 10]);
    expect(await charts(page).nth(15).locator(".el-chart-legend > span").allTextContents()).toEqual(["Area 1", "Area 2"]);
    expect(await charts(page).nth(15).locator('[role="img"]').getAttribute("aria-label")).toMatch(/^Centered stacked area chart of Area 1, Area 2/);
    await page.context().close();
  });
});
