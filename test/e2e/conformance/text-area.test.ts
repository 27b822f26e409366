/**
 * Streamlit's e2e_playwright/st_text_area_test.py, for what edgelit has. Not ported: the
 * screenshots, `label_visibility` (text areas 7–8), a number as the value (text area 3),
 * text written by the callback (edgelit's callbacks can't write elements) and the value read
 * back from `session_state[key]` (edgelit doesn't mirror widget values there).
 */
import { describe, expect, it } from "vitest";
import { see, useTestApp } from "../harness";

const app = useTestApp();
const open = () => app.open("/conformance/text-area");

describe("st.textArea as Streamlit's st_text_area_test expects it", () => {
  it("shows every default value, the placeholder and the disabled one, with no console error", async () => {
    const { page, problems } = await open();
    for (const line of ["value 1: ", "value 2: some text", "value 4: null", "value 5: ", "value 6: default text", "value 10: 1234", "value 11: default text"]) {
      await see(page, line);
    }
    expect(await page.getByRole("textbox", { name: "text area 5 (placeholder)" }).getAttribute("placeholder")).toBe("Placeholder");
    expect(await page.getByRole("textbox", { name: "text area 6 (disabled)" }).isDisabled()).toBe(true);
    const tall = await page.getByRole("textbox", { name: "text area 11 (height=250)" }).boundingBox();
    expect(tall?.height).toBeCloseTo(250, -1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("Enter makes a new line; the text is sent when the area loses focus", async () => {
    const { page } = await open();
    const area = page.getByRole("textbox", { name: "text area 1 (default)" });
    await area.click();
    await page.keyboard.type("hello");
    await page.keyboard.press("Enter");
    await page.keyboard.type("world");
    await page.waitForTimeout(300);
    await see(page, "value 1: "); // nothing sent while typing
    await page.getByText("value 2: some text").click(); // click elsewhere
    await see(page, "value 1: hello\nworld");
    await page.context().close();
  });

  it("Ctrl+Enter sends the text at once", async () => {
    const { page } = await open();
    await page.getByRole("textbox", { name: "text area 4 (value=None)" }).fill("typed");
    await page.keyboard.press("Control+Enter");
    await see(page, "value 4: typed");
    await page.context().close();
  });

  it("takes no more than maxChars characters", async () => {
    const { page } = await open();
    const area = page.getByRole("textbox", { name: "text area 10 (max_chars=5)" });
    await area.click();
    await page.keyboard.press("End");
    await page.keyboard.type("5678");
    expect(await area.inputValue()).toBe("12345");
    await page.keyboard.press("Control+Enter");
    await see(page, "value 10: 12345");
    await page.context().close();
  });

  it("calls its callback when the text changes, and only then", async () => {
    const { page } = await open();
    await see(page, "text area changed: False");
    await page.getByRole("textbox", { name: "text area 9 (callback, help)" }).fill("x");
    await page.keyboard.press("Control+Enter");
    await see(page, "value 9: x");
    await see(page, "text area changed: True");
    expect(await page.locator(".el-widget", { has: page.getByRole("textbox", { name: "text area 9 (callback, help)" }) }).getAttribute("title")).toBe("Help text");
    await page.context().close();
  });

  it("in a form, Ctrl+Enter submits it", async () => {
    const { page } = await open();
    await page.getByRole("textbox", { name: "text area in form" }).fill("in a form");
    await see(page, "form value: ");
    await page.keyboard.press("Control+Enter");
    await see(page, "form value: in a form");
    await page.context().close();
  });
});
