/**
 * Ports Streamlit's e2e_playwright/st_query_params_test.py (app: st_query_params.py →
 * test/e2e/app/conformance/feedback.ts) and the query-parameter checks of
 * multipage_apps_v2/mpa_v2_basics_test.py: a link with parameters opens the page with
 * them; a page link clears them. Plus: a change the page makes is in the address bar, a
 * refresh keeps it, Back brings the previous parameters back.
 *
 * edgelit prints `String(st.queryParams)` as JSON (`{"x":"y"}`), Streamlit as a Python
 * dict (`{'x': 'y'}`). Not ported: embed / embed_options (edgelit has no embed mode).
 */
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";

const app = useTestApp();

describe("st.queryParams, as Streamlit's st_query_params_test expects", () => {
  it.each([
    [{ x: "y" }, "x=y"],
    [{ x: "y", a: "b" }, "x=y&a=b"],
    [{ x: ["y", "1", "2.34"] }, "x=y&x=1&x=2.34"],
    [{ x: "" }, "x="],
  ])("a link with %j opens the page with those parameters", async (expected, query) => {
    const { page, problems } = await app.open(`/conformance/query-params?${query}`);
    expect((await page.locator(".el-markdown").first().textContent())?.trim()).toBe(JSON.stringify(expected));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("puts the page's change in the address bar; a refresh keeps it and Back brings the last one back", async () => {
    const { page } = await app.open("/conformance/query-params?x=y");
    await page.getByRole("button", { name: "Set step" }).click();
    await see(page, '{"x":"y","step":"1"}');
    await expect.poll(() => new URL(page.url()).search).toBe("?x=y&step=1");
    await page.getByRole("button", { name: "Set step" }).click();
    await expect.poll(() => new URL(page.url()).search).toBe("?x=y&step=2");
    await page.reload();
    await idle(page);
    await see(page, '{"x":"y","step":"2"}');
    await page.goBack();
    await see(page, '{"x":"y","step":"1"}');
    await page.getByRole("button", { name: "Clear" }).click();
    await see(page, "{}");
    await expect.poll(() => new URL(page.url()).search).toBe("");
    await page.context().close();
  });

  it("a page link clears them (mpa_v2_basics_test: removes query params when clicking a link)", async () => {
    const { page } = await app.open("/conformance/query-params?foo=bar");
    expect(new URL(page.url()).search).toBe("?foo=bar");
    await page.getByRole("link", { name: "Query params other" }).click();
    await see(page, "other page sees {}");
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/conformance/query-params-other");
    await page.goBack();
    await see(page, '{"foo":"bar"}');
    await page.context().close();
  });
});
