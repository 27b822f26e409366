/**
 * Streamlit's e2e_playwright/st_write_stream_test.py, for what edgelit has. Not ported: the
 * screenshots and the dataframe the generator yields between its words (edgelit's
 * writeStream writes text; a page writes other elements itself), so the page's two
 * markdown elements are the stream's and the `st.write` of what it returned.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, useTestApp } from "../harness";
import { grewOnly, streamed, watchStream } from "../stream-watch";

const app = useTestApp();
const open = () => app.open("/conformance/write-stream");

const markdown = (page: Page) => page.locator(".el-markdown:not(.el-stream)");
const endOfStream = (page: Page) => page.locator(".el-markdown:not(.el-stream)", { hasText: "This is the end of the stream." }).first().waitFor();

describe("st.writeStream as Streamlit's st_write_stream_test expects it", () => {
  it("streams a generator's words in as they come, then shows them as markdown, and the same after a rerun", async () => {
    const { page, problems } = await open();
    await watchStream(page);
    await page.getByRole("button", { name: "Stream data" }).click();
    await endOfStream(page);
    await idle(page);
    // the text grew word by word while the page still ran, and is markdown once it ended
    const texts = await streamed(page);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts[0]).toBe("Lorem ");
    expect(grewOnly(texts)).toBe(true);
    expect(await page.locator(".el-stream").count()).toBe(0);
    expect(await markdown(page).count()).toBe(2);
    const written = (await markdown(page).first().textContent())?.trim();
    expect(written).toMatch(/^Lorem ipsum dolor sit amet, .* consequat\. This is the end of the stream\.$/);
    // a rerun writes what writeStream returned (st.write), the same text
    await page.reload();
    await idle(page);
    await endOfStream(page);
    expect(await markdown(page).count()).toBe(2);
    expect((await markdown(page).first().textContent())?.trim()).toBe(written);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("streams an async generator", async () => {
    const { page } = await open();
    await watchStream(page);
    await page.getByRole("button", { name: "Stream async data" }).click();
    await page.locator(".el-markdown:not(.el-stream)", { hasText: "hello world test" }).first().waitFor();
    await idle(page);
    expect(await streamed(page)).toEqual(["hello ", "hello world ", "hello world test "]);
    // the stream, and nothing before it (the first block had nothing to write yet) …
    expect(await markdown(page).count()).toBe(1);
    // … and after a rerun both blocks write what it returned
    await page.reload();
    await idle(page);
    expect((await markdown(page).allTextContents()).map((t) => t.trim())).toEqual(["hello world test", "hello world test"]);
    await page.context().close();
  });
});
