/**
 * What a person sees, checked against Streamlit's own end-to-end expectations where we share
 * an element, and no console error on any demo page in either colour scheme.
 */
import { describe, expect, it } from "vitest";
import { useTestApp } from "./harness";

const app = useTestApp();
const open = (path: string, colorScheme: "light" | "dark" = "light") => app.open(path, { colorScheme });

describe("the demo pages in Chromium", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`log no console error or failed request, in the ${scheme} scheme`, async () => {
      for (const path of ["/", "/dashboard", "/caching", "/audit"]) {
        const { page, problems } = await open(path, scheme);
        await page.waitForTimeout(300);
        expect(problems, path).toEqual([]);
        expect(await page.locator('link[rel="icon"]').getAttribute("href")).toMatch(/^data:image\/svg\+xml,/);
        await page.context().close();
      }
    });
  }
});

describe("browser-side state follows identity, not position", () => {
  it("a different expander at the same place starts collapsed, not as the last one was left (st_expander_test)", async () => {
    const { page } = await open("/layout");
    await page.getByText("First expander").click();
    await expect.poll(() => page.getByText("inside the first").isVisible()).toBe(true);
    await page.getByRole("checkbox", { name: "Swap expander" }).check();
    await page.getByText("Second expander").waitFor();
    expect(await page.getByText("inside the second").isVisible()).toBe(false);
    await page.context().close();
  });

  it("the selected tab stays selected by its label when a tab is added in front (st_tabs_test)", async () => {
    const { page } = await open("/layout");
    await page.getByRole("tab", { name: "Tab 2" }).click();
    expect(await page.getByText("content of Tab 2").isVisible()).toBe(true);
    await page.getByRole("checkbox", { name: "Add a tab in front" }).check();
    await page.getByRole("tab", { name: "Tab 0" }).waitFor();
    expect(await page.getByRole("tab", { name: "Tab 2" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.getByText("content of Tab 2").isVisible()).toBe(true);
    await page.context().close();
  });
});
