/**
 * Streamlit's e2e_playwright/st_write_stream_test.py, for what edgelit has. Not ported: the
 * screenshots and the dataframe the generator yields between its words (edgelit's
 * writeStream writes text; a page writes other elements itself), so the page's two
 * markdown elements are the stream's and the `st.write` of what it returned.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, useTestApp } from "../harness";

const app = useTestApp();
const open = () => app.open("/conformance/write-stream");

const markdown = (page: Page) => page.locator(".el-markdown:not(.el-stream)");
const endOfStream = (page: Page) => page.locator(".el-markdown:not(.el-stream)", { hasText: "This is the end of the stream." }).first().waitFor();

describe("st.writeStream as Streamlit's st_write_stream_test expects it", () => {
  it("streams a generator's words in as they come, then shows them as markdown, and the same after a rerun", async () => {
    const { page, problems } = await open();
    await page.getByRole("button", { name: "Stream data" }).click();
    // the text grows while the page still runs: first the opening words, later more of them
    const stream = page.locator(".el-stream");
    await stream.filter({ hasText: /^Lorem ipsum/ }).waitFor();
    expect(await stream.textContent()).not.toContain("This is the end of the stream.");
    await stream.filter({ hasText: /laboris/ }).waitFor();
    await endOfStream(page);
    await idle(page);
    expect(await stream.count()).toBe(0);
    expect(await markdown(page).count()).toBe(2);
    const streamed = await markdown(page).first().textContent();
    expect(streamed).toMatch(/^Lorem ipsum dolor sit amet, .* consequat\. This is the end of the stream\.$/);
    // a rerun writes what writeStream returned (st.write), the same text
    await page.reload();
    await idle(page);
    await endOfStream(page);
    expect(await markdown(page).count()).toBe(2);
    expect(await markdown(page).first().textContent()).toBe(streamed);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("streams an async generator", async () => {
    const { page } = await open();
    await page.getByRole("button", { name: "Stream async data" }).click();
    await page.locator(".el-stream", { hasText: /^hello $/ }).waitFor();
    await page.locator(".el-markdown:not(.el-stream)", { hasText: "hello world test" }).first().waitFor();
    await idle(page);
    expect(await markdown(page).count()).toBe(2);
    await page.context().close();
  });
});
