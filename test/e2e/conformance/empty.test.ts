/**
 * Ports Streamlit's e2e_playwright/st_empty_test.py (app: st_empty.py →
 * test/e2e/app/conformance/empty.ts). The screenshots become measurements: the gaps
 * between the texts around an unwritten `empty()` are the same as elsewhere.
 *
 * Not ported: the stEmpty test id count (an unwritten placeholder is a hidden wrapper in
 * edgelit; what matters, that it takes no room, is measured).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { see, useTestApp } from "../harness";

const app = useTestApp();

async function gap(page: Page, a: string, b: string) {
  const [upper, lower] = [(await page.getByText(a, { exact: true }).boundingBox())!, (await page.getByText(b, { exact: true }).boundingBox())!];
  return lower.y - (upper.y + upper.height);
}

describe("st.empty, as Streamlit's st_empty_test expects", () => {
  it("takes no room on the page while nothing is written to it", async () => {
    const { page, problems } = await app.open("/conformance/empty");
    const first = await gap(page, "The space between this...", "..and this should be the same as between this...");
    const second = await gap(page, "..and this should be the same as between this...", "...and this");
    expect(second).toBeCloseTo(first, 0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("replaces what it holds with each write: text, a chart, a container, nothing", async () => {
    const { page } = await app.open("/conformance/empty");
    const chart = page.getByRole("img", { name: /chart/i });
    await see(page, "Hello");

    await page.getByRole("button", { name: "Click here to replace text with a chart!" }).click();
    await chart.waitFor();
    expect(await page.getByText("Hello", { exact: true }).count()).toBe(0);

    await page.getByRole("button", { name: "Click here to replace chart with st.write with `placeholder.container`!" }).click();
    await see(page, "This is one element");
    await see(page, "This is another");
    expect(await chart.count()).toBe(0);

    await page.getByRole("button", { name: "Empty the placeholder!" }).click();
    await expect.poll(() => page.getByText("This is one element").count()).toBe(0);
    expect(await page.getByText("This is another").count()).toBe(0);
    // and the emptied placeholder takes no room: "last element" follows the buttons at the usual gap
    const buttons = page.getByRole("button", { name: "Empty the placeholder!" });
    const [b, last] = [(await buttons.boundingBox())!, (await page.getByText("last element", { exact: true }).boundingBox())!];
    const usual = await gap(page, "The space between this...", "..and this should be the same as between this...");
    expect(last.y - (b.y + b.height)).toBeCloseTo(usual, 0);
    await page.context().close();
  });
});
