/**
 * Ports Streamlit's e2e_playwright/st_expander_test.py, st_expander_state_test.py and
 * st_expander_nested_test.py (apps: st_expander.py → test/e2e/app/conformance/expander.ts,
 * st_expander_state.py → expander-state.ts, st_expander_nested.py → expander-nested.ts),
 * plus the check that a different expander landing where another was starts collapsed.
 *
 * Not ported: the screenshots; the icon expanders (edgelit's expanders take no icon);
 * markdown in labels (edgelit's labels are plain text); the number input set from session
 * state by a callback (edgelit doesn't mirror widget values into session state: the test
 * instead checks that the value survives collapsing); check_top_level_class (Streamlit's
 * CSS class names).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { see, useTestApp } from "../harness";

const app = useTestApp();

const summary = (page: Page, label: string) => page.locator("summary").getByText(label, { exact: true });

describe("st.expander, as Streamlit's st_expander_test expects", () => {
  it("shows every expander with content, in the main area and the sidebar, with its label", async () => {
    const { page, problems } = await app.open("/conformance/expander", { viewport: { width: 1280, height: 800 } });
    expect(await page.locator("main details").count()).toBe(5);
    expect(await page.getByRole("complementary", { name: "Sidebar" }).locator("details").count()).toBe(1);
    for (const s of await page.locator("details > summary").all()) expect(await s.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("collapses an expanded expander and expands a collapsed one when its header is clicked", async () => {
    const { page } = await app.open("/conformance/expander");
    const open = page.getByRole("slider", { name: "I don't get cut off" });
    expect(await open.isVisible()).toBe(true);
    await summary(page, "Collapse me!").click();
    await expect.poll(() => open.isVisible()).toBe(false);

    const collapsed = page.getByText("I am already collapsed").first();
    expect(await collapsed.isVisible()).toBe(false);
    await summary(page, "_Expand_ **me**!").click();
    await expect.poll(() => collapsed.isVisible()).toBe(true);
    await page.context().close();
  });

  it("draws nothing for an empty expander, not even its label", async () => {
    const { page } = await app.open("/conformance/expander");
    expect(await page.getByText("Empty expander").count()).toBe(0);
    await page.context().close();
  });

  it("keeps a widget's value while its expander is collapsed", async () => {
    const { page } = await app.open("/conformance/expander");
    const input = page.getByRole("spinbutton", { name: "number" });
    await input.fill("10");
    await input.press("Enter");
    await see(page, "10.0");
    await summary(page, "Expander with number input").click();
    await expect.poll(() => input.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Print State Value" }).click();
    await expect.poll(() => page.getByText("10.0", { exact: true }).count()).toBe(2);
    await summary(page, "Expander with number input").click();
    expect(Number(await input.inputValue())).toBe(10);
    await page.context().close();
  });

  it("shows a long label in full and keeps the body inside the expander", async () => {
    const { page } = await app.open("/conformance/expander", { viewport: { width: 1280, height: 800 } });
    const long = page.locator("details", { hasText: "I can collapse. Integer" });
    const label = long.locator("summary");
    expect(await label.textContent()).toMatch(/^Expand me! Lorem ipsum .* dictum aliquam quam\.$/);
    const [box, labelBox, body] = await Promise.all([long.boundingBox(), label.boundingBox(), long.getByText(/^I can collapse\. Integer/).boundingBox()]);
    for (const inner of [labelBox!, body!]) expect(inner.x + inner.width).toBeLessThanOrEqual(box!.x + box!.width);
    await page.context().close();
  });
});

describe("expander state follows identity, not position (st_expander_state_test)", () => {
  it("a distinct expander does not take over the open state of the one it replaces", async () => {
    const { page, problems } = await app.open("/conformance/expander-state");
    await page.getByRole("button", { name: "b0" }).click();
    await summary(page, "b0_expander").click();
    await expect.poll(() => page.getByText("b0_write").isVisible()).toBe(true);
    await page.getByRole("button", { name: "b1" }).click();
    await summary(page, "b1_expander").waitFor();
    expect(await page.getByText("b0_write").count()).toBe(0);
    expect(await page.getByText("b1_write").isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a different expander at the same place starts collapsed, not as the last one was left", async () => {
    const { page } = await app.open("/conformance/expander-state");
    await summary(page, "First expander").click();
    await expect.poll(() => page.getByText("inside the first").isVisible()).toBe(true);
    await page.getByRole("checkbox", { name: "Swap expander" }).check();
    await summary(page, "Second expander").waitFor();
    expect(await page.getByText("inside the second").isVisible()).toBe(false);
    await page.context().close();
  });
});

describe("nested expanders (st_expander_nested_test)", () => {
  it("are refused with Streamlit's message", async () => {
    const { page } = await app.open("/conformance/expander-nested");
    await see(page, "AuthorError: Expanders may not be nested inside other expanders.");
    await page.context().close();
  });
});
