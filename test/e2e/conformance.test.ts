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

describe("widgets as Streamlit's own tests expect them", () => {
  it("a selectbox with no default shows its placeholder, takes a choice, and can be cleared again (st_selectbox_test)", async () => {
    const { page } = await open("/inputs");
    const select = page.getByRole("combobox", { name: "How would you like to be contacted?" });
    await page.getByText("contact=null", { exact: true }).waitFor();
    expect(await select.locator("option:checked").textContent()).toBe("Select contact method...");
    expect(await page.getByRole("button", { name: "Clear How would you like to be contacted?" }).count()).toBe(0);
    await select.selectOption("Mobile phone");
    await page.getByText("contact=Mobile phone", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Clear How would you like to be contacted?" }).click();
    await page.getByText("contact=null", { exact: true }).waitFor();
    expect(await select.locator("option:checked").textContent()).toBe("Select contact method...");
    await page.context().close();
  });

  it("a selectbox with a default can't be cleared", async () => {
    const { page } = await open("/dashboard");
    await page.getByRole("tab", { name: "Forecast" }).click();
    await page.getByRole("combobox", { name: "Confidence interval" }).waitFor();
    expect(await page.getByRole("button", { name: "Clear Confidence interval" }).count()).toBe(0);
    await page.context().close();
  });
});
