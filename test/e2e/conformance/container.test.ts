/**
 * Ports Streamlit's e2e_playwright/st_container_test.py (app: st_container.py →
 * test/e2e/app/conformance/container.ts), plus the check that an empty container draws
 * nothing, bordered or not.
 *
 * Not ported: the scrolling containers (`height`) and chat messages (edgelit has neither);
 * the key as a CSS class (edgelit's containers take no key); the screenshot of the bordered
 * container (its border is measured instead); check_top_level_class (Streamlit's CSS class
 * names).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../harness";

const app = useTestApp();

const top = async (page: Page, text: string) => (await page.getByText(text, { exact: true }).boundingBox())!;

describe("st.container, as Streamlit's st_container_test expects", () => {
  it("holds elements written to it out of order, where it was placed", async () => {
    const { page, problems } = await app.open("/conformance/container");
    expect(await page.locator("main").getByText(/^Line \d$/).allTextContents()).toEqual(["Line 2", "Line 3", "Line 1", "Line 4"]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("keeps a widget's state inside a container across reruns", async () => {
    const { page } = await app.open("/conformance/container");
    const checkbox = page.getByRole("checkbox", { name: "Step 1: Check me" });
    await checkbox.check();
    await page.getByRole("heading", { level: 1, name: "Checked!" }).waitFor();
    await page.getByRole("button", { name: "Step 2: Press me" }).click();
    await page.getByRole("heading", { level: 2, name: "Pressed!" }).waitFor();
    expect(await checkbox.isChecked()).toBe(true);
    expect(await page.getByRole("heading", { level: 1, name: "Checked!" }).isVisible()).toBe(true);
    await page.context().close();
  });

  it("draws a border around a container with border, its text wrapping inside it and no scrolling", async () => {
    const { page } = await app.open("/conformance/container", { viewport: { width: 500, height: 800 } });
    const text = page.getByText(/^This is inside a container with a border\./);
    const box = page.locator(".el-container", { has: text });
    const style = await box.evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopWidth, style: s.borderTopStyle, overflow: s.overflow };
    });
    expect(style).toEqual({ border: "1px", style: "solid", overflow: "visible" });
    const [outer, inner] = [(await box.boundingBox())!, (await text.boundingBox())!];
    expect(inner.x).toBeGreaterThan(outer.x);
    expect(inner.x + inner.width).toBeLessThan(outer.x + outer.width);
    expect(inner.height).toBeGreaterThan(30); // it wrapped onto more lines
    await page.context().close();
  });

  it("draws nothing for an empty container, bordered or not: no border and no gap", async () => {
    const { page } = await app.open("/conformance/container");
    const gap = async (a: string, b: string) => {
      const [upper, lower] = [await top(page, a), await top(page, b)];
      return lower.y - (upper.y + upper.height);
    };
    const between = await gap("Above the empty containers", "Below the empty containers");
    const usual = await gap("Line 1", "Line 4");
    expect(between).toBeCloseTo(usual, 0);
    await page.context().close();
  });
});
