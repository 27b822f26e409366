/**
 * No console error or failed request on any demo page, in either colour scheme, and the page
 * icon as favicon from the first byte. (Streamlit's own e2e tests, one file per element, are
 * ported under conformance/.)
 */
import { describe, expect, it } from "vitest";
import { useTestApp } from "./harness";

const app = useTestApp();
const open = (path: string, colorScheme: "light" | "dark" = "light") => app.open(path, { colorScheme });

describe("the demo pages in Chromium", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`log no console error or failed request, in the ${scheme} scheme`, async () => {
      for (const path of ["/", "/dashboard", "/caching", "/audit", "/operations", "/chat"]) {
        const { page, problems } = await open(path, scheme);
        await page.waitForTimeout(300);
        expect(problems, path).toEqual([]);
        expect(await page.locator('link[rel="icon"]').getAttribute("href")).toMatch(/^data:image\/svg\+xml,/);
        await page.context().close();
      }
    });
  }
});
