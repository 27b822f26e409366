/**
 * Ports Streamlit's e2e_playwright/st_sidebar_test.py (app: st_sidebar.py →
 * test/e2e/app/conformance/sidebar.ts), plus what Streamlit's frontend
 * (app/src/components/Sidebar/Sidebar.tsx) does around it: `initialSidebarState`, the
 * sidebar starting closed below 768 px with a button to open it, and closing on a narrow
 * screen when the person presses outside it.
 *
 * Not ported: the screenshots (of the sidebar and of the date picker's popover: edgelit's
 * date input is the browser's own, its popover outside the page); the bar chart's Vega
 * tooltip (the line chart's hover box is checked instead); check_top_level_class
 * (Streamlit's CSS class names).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { see, useTestApp } from "../harness";

const app = useTestApp();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const sidebar = (page: Page) => page.getByRole("complementary", { name: "Sidebar", includeHidden: true });
const openButton = (page: Page) => page.getByRole("button", { name: "Open sidebar" });

describe("st.sidebar, as Streamlit's st_sidebar_test expects", () => {
  it("shows its widgets, and the main area what they return", async () => {
    const { page, problems } = await app.open("/conformance/sidebar", { viewport: DESKTOP });
    await see(page, "Value 1: 1970-01-01");
    await see(page, "Value 2: 2019-07-06");
    const side = sidebar(page);
    expect(await side.getByLabel("Label 1").inputValue()).toBe("1970-01-01");
    expect(await side.getByLabel("Label 2").inputValue()).toBe("2019-07-06");
    expect(await side.getByRole("heading", { name: "hello world" }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows what overwrote an element, not the element", async () => {
    const { page } = await app.open("/conformance/sidebar", { viewport: DESKTOP });
    expect(await sidebar(page).getByText("overwritten", { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText("overwrite me").count()).toBe(0);
    await page.context().close();
  });

  it("collapses when the window is narrowed to a phone's width", async () => {
    const { page } = await app.open("/conformance/sidebar", { viewport: { width: 800, height: 400 } });
    expect(await sidebar(page).isVisible()).toBe(true);
    await page.setViewportSize({ width: 400, height: 800 });
    await expect.poll(() => sidebar(page).isVisible()).toBe(false);
    expect(await openButton(page).getAttribute("aria-expanded")).toBe("false");
    await page.context().close();
  });

  it("stays open on a phone while the person types into it", async () => {
    const { page } = await app.open("/conformance/sidebar", { viewport: PHONE });
    await openButton(page).click();
    const input = sidebar(page).getByRole("textbox", { name: "type here" });
    await input.click();
    await page.keyboard.type("hi");
    expect(await sidebar(page).isVisible()).toBe(true);
    expect(await input.inputValue()).toBe("hi");
    await page.context().close();
  });

  it("shows the chart's values when the pointer is over the chart in the sidebar", async () => {
    const { page } = await app.open("/conformance/sidebar", { viewport: DESKTOP });
    const chart = sidebar(page).getByRole("img", { name: /chart/i });
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => chart.locator("b").count()).toBe(1);
    expect(await chart.getByText("a", { exact: true }).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe("whether the sidebar starts open (Streamlit's Sidebar.tsx)", () => {
  it("starts open on a wide window and closed on a phone, with a button that opens it", async () => {
    const wide = await app.open("/conformance/sidebar", { viewport: DESKTOP });
    expect(await sidebar(wide.page).isVisible()).toBe(true);
    expect(await openButton(wide.page).count()).toBe(0);
    await wide.page.context().close();

    const { page, problems } = await app.open("/conformance/sidebar", { viewport: PHONE });
    expect(await sidebar(page).isVisible()).toBe(false);
    await openButton(page).click();
    expect(await sidebar(page).isVisible()).toBe(true);
    expect(await sidebar(page).getByRole("textbox", { name: "type here" }).isVisible()).toBe(true);
    await sidebar(page).getByRole("button", { name: "Close sidebar" }).click();
    expect(await sidebar(page).isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("closes on a phone when the person presses outside it, but not on a wide window", async () => {
    const { page } = await app.open("/conformance/sidebar", { viewport: PHONE });
    await openButton(page).click();
    await page.mouse.click(PHONE.width - 20, PHONE.height / 2);
    await expect.poll(() => sidebar(page).isVisible()).toBe(false);
    await page.context().close();

    const wide = await app.open("/conformance/sidebar", { viewport: DESKTOP });
    await wide.page.getByText("Value 1: 1970-01-01").click();
    expect(await sidebar(wide.page).isVisible()).toBe(true);
    await wide.page.context().close();
  });

  it('starts open with initialSidebarState "expanded", even on a phone', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page } = await app.open("/conformance/sidebar-expanded", { viewport });
      await see(page, "The sidebar started expanded.");
      expect(await sidebar(page).isVisible(), `${viewport.width} px`).toBe(true);
      await page.context().close();
    }
  });

  it('starts closed with initialSidebarState "collapsed", even on a wide window', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page } = await app.open("/conformance/sidebar-collapsed", { viewport });
      await see(page, "initialSidebarState: collapsed");
      expect(await sidebar(page).isVisible(), `${viewport.width} px`).toBe(false);
      await openButton(page).click();
      await see(page, "The sidebar started collapsed.");
      await page.context().close();
    }
  });
});
