/**
 * Ports Streamlit's e2e_playwright/st_columns_test.py (app: st_columns.py →
 * test/e2e/app/conformance/columns.ts). The screenshots become measurements: where each
 * column starts and how wide it is.
 *
 * Not ported: the vertical-alignment screenshots (edgelit's columns have no
 * vertical_alignment); images (edgelit has no st.image; the columns hold text instead);
 * check_top_level_class (Streamlit's CSS class names).
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { see, useTestApp } from "../harness";

const app = useTestApp();

const expander = (page: Page, label: string) => page.locator("details").filter({ has: page.getByText(label, { exact: true }) });
/** the columns of the first row in `within`, as boxes */
async function columnBoxes(within: Locator) {
  const row = within.locator(".el-columns").first();
  return row.locator(":scope > .el-column").evaluateAll((cols) =>
    cols.map((c) => {
      const r = c.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width };
    }),
  );
}

describe("st.columns, as Streamlit's tests expect", () => {
  it("shows columns side by side when the window is wider than 640 px, and stacks them at 640 px", async () => {
    const { page, problems } = await app.open("/conformance/columns", { viewport: { width: 641, height: 800 } });
    const wide = await columnBoxes(page.locator("main"));
    expect(wide).toHaveLength(3);
    expect(new Set(wide.map((c) => c.y)).size).toBe(1);
    expect(wide[1]!.x).toBeGreaterThan(wide[0]!.x);

    await page.setViewportSize({ width: 640, height: 800 });
    await expect.poll(async () => new Set((await columnBoxes(page.locator("main"))).map((c) => c.x)).size).toBe(1);
    const narrow = await columnBoxes(page.locator("main"));
    expect(narrow[1]!.y).toBeGreaterThan(narrow[0]!.y);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("keeps the room of empty columns: a row written only in its third column lines up with a full row", async () => {
    const { page } = await app.open("/conformance/columns", { viewport: { width: 1280, height: 800 } });
    const [first, second] = await page.locator("main .el-columns").evaluateAll((rows) =>
      rows.slice(0, 2).map((r) => Array.from(r.children).map((c) => c.getBoundingClientRect().x)),
    );
    expect(second).toEqual(first);
    const third = page.locator("main .el-columns").nth(1).locator(":scope > .el-column").nth(2);
    expect(await third.textContent()).toMatch(/^Lorem ipsum/);
    await page.context().close();
  });

  for (const [gap, px] of [
    ["small", "16px"],
    ["medium", "32px"],
    ["large", "64px"],
  ] as const) {
    it(`puts ${px} between columns with gap "${gap}"`, async () => {
      const { page } = await app.open("/conformance/columns", { viewport: { width: 1280, height: 800 } });
      const row = expander(page, `Column gap ${gap}`).locator(".el-columns").first();
      expect(await row.evaluate((r) => getComputedStyle(r).columnGap)).toBe(px);
      const cols = await columnBoxes(expander(page, `Column gap ${gap}`));
      expect(cols[1]!.x - (cols[0]!.x + cols[0]!.width)).toBeCloseTo(parseInt(px, 10), 0);
      await page.context().close();
    });
  }

  for (const [label, weights] of [
    ["Variable-width columns (relative numbers)", [0.6, 0.3, 0.1]],
    ["Variable-width columns (absolute numbers)", [1, 2, 3, 4]],
  ] as const) {
    it(`shares the width by weight: ${label}`, async () => {
      const { page } = await app.open("/conformance/columns", { viewport: { width: 1280, height: 800 } });
      const cols = await columnBoxes(expander(page, label));
      const total = cols.reduce((sum, c) => sum + c.width, 0);
      const sum = weights.reduce((a, b) => a + b, 0);
      cols.forEach((c, i) => expect(c.width / total).toBeCloseTo(weights[i]! / sum, 2));
      await page.context().close();
    });
  }

  it("nests columns one level: two columns inside each of two", async () => {
    const { page } = await app.open("/conformance/columns", { viewport: { width: 1280, height: 800 } });
    const nested = expander(page, "Nested columns - one level");
    const outer = await columnBoxes(nested);
    expect(outer).toHaveLength(2);
    const inner = await nested.locator(".el-column .el-columns").evaluateAll((rows) =>
      rows.map((r) => Array.from(r.children).map((c) => Math.round(c.getBoundingClientRect().x))),
    );
    expect(inner).toHaveLength(3);
    expect(inner[0]![0]).toBe(Math.round(outer[0]!.x));
    expect(inner[1]![0]).toBe(Math.round(outer[1]!.x));
    expect(inner[0]![1]).toBeLessThan(outer[1]!.x);
    await page.context().close();
  });

  it("shows an exception for columns nested two levels deep", async () => {
    const { page } = await app.open("/conformance/columns");
    await page.getByRole("button", { name: "Nested columns - two levels (raises exception)" }).click();
    await see(page, "AuthorError: Columns can only be placed inside other columns up to one level of nesting.");
    await page.context().close();
  });

  it("shows an exception for columns nested in the sidebar", async () => {
    const { page } = await app.open("/conformance/columns");
    await page.getByRole("button", { name: "Nested columns - in sidebar (raises exception)" }).click();
    await see(
      page,
      "AuthorError: Columns cannot be placed inside other columns in the sidebar. This is only possible in the main area of the app.",
    );
    await page.context().close();
  });
});
