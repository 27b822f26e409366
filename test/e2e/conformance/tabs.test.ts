/**
 * Ports Streamlit's e2e_playwright/st_tabs_test.py and st_tabs_selection_test.py (apps:
 * st_tabs.py → test/e2e/app/conformance/tabs.ts, st_tabs_selection.py →
 * tabs-selection.ts), plus the check that a tab added in front of the selected one keeps
 * the selection. Streamlit's tests share one session across tests and press "Reset Tabs"
 * first; here each test opens its own session, and one test checks the reset.
 *
 * Not ported: the screenshots (the selection they show is asserted through aria-selected
 * and the visible panel instead); check_top_level_class (Streamlit's CSS class names).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";

const app = useTestApp();

const tab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true });
const tabNames = (page: Page) => page.locator("main").getByRole("tab").allTextContents();
const selectedTab = (page: Page) => page.locator("main").getByRole("tab", { selected: true }).first().textContent();
async function press(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).click();
  await idle(page);
}

describe("st.tabs, as Streamlit's st_tabs_test expects", () => {
  it("shows three tabs with the first selected and draws each tab's content when chosen", async () => {
    const { page, problems } = await app.open("/conformance/tabs");
    const main = page.locator("main");
    expect((await main.getByRole("tablist").first().getByRole("tab").allTextContents())).toEqual(["Tab 1", "Tab 2", "Tab 3"]);
    expect(await tab(page, "Tab 1").first().getAttribute("aria-selected")).toBe("true");
    expect(await page.getByRole("textbox", { name: "Text input" }).isVisible()).toBe(true);
    await tab(page, "Tab 2").first().click();
    await page.getByRole("spinbutton", { name: "Number input" }).waitFor();
    expect(await page.getByRole("textbox", { name: "Text input" }).isVisible()).toBe(false);
    await tab(page, "Tab 3").first().click();
    await page.getByLabel("Date input").waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows tabs in the sidebar, only the selected one's content visible", async () => {
    const { page } = await app.open("/conformance/tabs", { viewport: { width: 1280, height: 800 } });
    const sidebar = page.getByRole("complementary", { name: "Sidebar" });
    expect(await sidebar.getByRole("tab").allTextContents()).toEqual(["Foo", "Bar"]);
    expect(await sidebar.getByText("I am in the sidebar").isVisible()).toBe(true);
    expect(await sidebar.getByText("I'm also in the sidebar").isVisible()).toBe(false);
    await sidebar.getByRole("tab", { name: "Bar" }).click();
    await sidebar.getByText("I'm also in the sidebar").waitFor();
    expect(await sidebar.getByText("I am in the sidebar").isVisible()).toBe(false);
    await page.context().close();
  });

  it("contains all 25 tabs when they overflow the width", async () => {
    const { page } = await app.open("/conformance/tabs");
    const expander = page.locator("details").filter({ has: page.getByText("Expander", { exact: true }) });
    expect(await expander.getByRole("tab").count()).toBe(25);
    await page.context().close();
  });
});

describe("tab selection, as Streamlit's st_tabs_selection_test expects", () => {
  it("selects the first tab by default", async () => {
    const { page, problems } = await app.open("/conformance/tabs-selection");
    expect(await selectedTab(page)).toBe("Tab 1");
    await see(page, "You are in Tab 1");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("keeps the selected tab when another tab is added", async () => {
    const { page } = await app.open("/conformance/tabs-selection");
    await tab(page, "Tab 2").click();
    await press(page, "Add Tab 3");
    await tab(page, "Tab 3").waitFor();
    expect(await selectedTab(page)).toBe("Tab 2");
    expect(await page.getByRole("slider", { name: "Slider 2" }).isVisible()).toBe(true);
    await page.context().close();
  });

  it("keeps the selected tab when another tab is removed", async () => {
    const { page } = await app.open("/conformance/tabs-selection");
    await press(page, "Add Tab 3");
    await tab(page, "Tab 3").click();
    await press(page, "Remove Tab 1");
    await expect.poll(() => tabNames(page)).toEqual(["Tab 2", "Tab 3", "Moved 1", "Moved 2"]);
    expect(await selectedTab(page)).toBe("Tab 3");
    await page.context().close();
  });

  it("selects the first tab again when the selected tab is removed", async () => {
    const { page } = await app.open("/conformance/tabs-selection");
    await tab(page, "Tab 2").click();
    await press(page, "Remove Tab 2");
    await expect.poll(() => tabNames(page)).toEqual(["Tab 1", "Moved 1", "Moved 2"]);
    expect(await selectedTab(page)).toBe("Tab 1");
    await see(page, "You are in Tab 1");
    // …for good, as Streamlit's frontend does: the removed tab coming back doesn't take it.
    await press(page, "Reset Tabs");
    await expect.poll(() => tabNames(page)).toEqual(["Tab 1", "Tab 2", "Moved 1", "Moved 2"]);
    expect(await selectedTab(page)).toBe("Tab 1");
    await page.context().close();
  });

  it("keeps the selected tab when other tabs are renamed and its label still exists", async () => {
    const { page } = await app.open("/conformance/tabs-selection");
    await press(page, "Add Tab 3");
    await tab(page, "Tab 2").click();
    await press(page, "Change Tab 1 & 3");
    await expect.poll(() => tabNames(page)).toEqual(["Tab A", "Tab 2", "Tab C", "Moved 1", "Moved 2"]);
    expect(await selectedTab(page)).toBe("Tab 2");
    await page.context().close();
  });

  it("selects the first tab again when every label changes", async () => {
    const { page } = await app.open("/conformance/tabs-selection");
    await tab(page, "Tab 2").click();
    await press(page, "Change All Tabs");
    await expect.poll(() => tabNames(page)).toEqual(["Tab A", "Tab B", "Moved 1", "Moved 2"]);
    expect(await selectedTab(page)).toBe("Tab A");
    await page.context().close();
  });

  it("disables the buttons already used, and Reset Tabs brings back the first two tabs", async () => {
    const { page } = await app.open("/conformance/tabs-selection");
    await press(page, "Add Tab 3");
    // (idle() can pass before the click's run has even begun: wait for what the run draws)
    await expect.poll(() => page.getByRole("button", { name: "Add Tab 3" }).isDisabled()).toBe(true);
    await press(page, "Reset Tabs");
    await expect.poll(() => tabNames(page)).toEqual(["Tab 1", "Tab 2", "Moved 1", "Moved 2"]);
    await expect.poll(() => page.getByRole("button", { name: "Add Tab 3" }).isEnabled()).toBe(true);
    await page.context().close();
  });

  it("keeps the selected tab by its label when a tab is added in front of it", async () => {
    const { page } = await app.open("/conformance/tabs-selection");
    await tab(page, "Moved 2").click();
    expect(await page.getByText("content of Moved 2").isVisible()).toBe(true);
    await page.getByRole("checkbox", { name: "Add a tab in front" }).check();
    await tab(page, "Moved 0").waitFor();
    expect(await tab(page, "Moved 2").getAttribute("aria-selected")).toBe("true");
    expect(await page.getByText("content of Moved 2").isVisible()).toBe(true);
    await page.context().close();
  });
});
