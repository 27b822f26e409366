/**
 * Streamlit's e2e_playwright/st_text_input_test.py (app: st_text_input.py, ported as
 * test/e2e/app/conformance/text-input.ts), in Chromium against edgelit.
 *
 * Not ported:
 * - the screenshot assertions (test_text_input_widget_rendering,
 *   test_text_input_shows_instructions_when_dirty);
 * - `label_visibility` (inputs 7 and 8): not in edgelit's API;
 * - the text the callback writes ("Text input changed callback"): edgelit's callbacks update
 *   state and the page renders it;
 * - `value=1234`: Streamlit turns a number into text; edgelit's value is text;
 * - the top-level CSS class and the class from the key: Streamlit's styling hooks.
 * Added: a text input in a form (Streamlit's app has none), which sends nothing until Submit.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";

const app = useTestApp();
const open = () => app.open("/conformance/text-input");

const field = (page: Page, label: string) => page.getByRole("textbox", { name: label, exact: true });
const ONE = "text input 1 (default)";
const FOUR = "text input 4 (value=None)";
const NINE = "text input 9 (callback, help)";
const TEN = "text input 10 (max_chars=5)";

describe("st.textInput as Streamlit's st_text_input_test expects it", () => {
  it("has the right initial values and logs no console error", async () => {
    const { page, problems } = await open();
    for (const text of [
      "value 1:",
      "value 2: some text",
      "value 3: 1234",
      "value 4: None",
      "value 5:",
      "value 6: default text",
      "value 9:",
      "text input changed: False",
      "value 10: 1234",
      "value 11: my password",
    ]) {
      await see(page, text);
    }
    expect(await field(page, "text input 2 (value='some text')").inputValue()).toBe("some text");
    expect(await field(page, FOUR).inputValue()).toBe("");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows its placeholder while empty", async () => {
    const { page } = await open();
    const placeholder = page.getByPlaceholder("Placeholder", { exact: true });
    expect(await placeholder.getAttribute("id")).toBe(await field(page, "text input 5 (placeholder)").getAttribute("id"));
    expect(await placeholder.inputValue()).toBe("");
    await page.context().close();
  });

  it("typing alone sends nothing; Enter sends the text", async () => {
    const { page } = await open();
    await field(page, ONE).fill("hello world");
    await page.waitForTimeout(300);
    await idle(page);
    await see(page, "value 1:");
    await field(page, ONE).press("Enter");
    await see(page, "value 1: hello world");
    await page.context().close();
  });

  it("leaving the field sends the text", async () => {
    const { page } = await open();
    await field(page, ONE).focus();
    await field(page, ONE).fill("hello world");
    await field(page, ONE).blur();
    await see(page, "value 1: hello world");
    await page.context().close();
  });

  it("clicking outside the field sends the text", async () => {
    const { page } = await open();
    await field(page, ONE).fill("hello world");
    await page.getByText("value 1:", { exact: true }).click();
    await see(page, "value 1: hello world");
    await page.context().close();
  });

  it("max_chars stops the text at 5 characters, typed or pasted", async () => {
    const { page } = await open();
    await field(page, TEN).clear();
    await field(page, TEN).pressSequentially("12345678");
    await field(page, TEN).press("Enter");
    await see(page, "value 10: 12345");
    await field(page, TEN).fill("");
    await field(page, TEN).press("Enter");
    await see(page, "value 10:");
    await field(page, TEN).focus();
    await page.keyboard.insertText("12345678");
    await field(page, TEN).press("Enter");
    await see(page, "value 10: 12345");
    expect(await field(page, TEN).inputValue()).toBe("12345");
    await page.context().close();
  });

  it("an input with value null returns None until something is entered, and \"\" once emptied", async () => {
    const { page, problems } = await open();
    await see(page, "value 4: None");
    await field(page, FOUR).fill("hello world");
    await field(page, FOUR).press("Enter");
    await see(page, "value 4: hello world");
    await field(page, FOUR).focus();
    await field(page, FOUR).clear();
    await field(page, FOUR).press("Enter");
    // Streamlit: a text input is never cleared back to None
    await see(page, "value 4:");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("runs its callback once per change, and the value stays when another widget changes", async () => {
    const { page } = await open();
    await field(page, NINE).fill("hello world");
    await field(page, NINE).press("Enter");
    await see(page, "value 9: hello world");
    await see(page, "text input changed: True");
    await field(page, ONE).fill("hello world");
    await field(page, ONE).press("Enter");
    await see(page, "value 1: hello world");
    await see(page, "value 9: hello world");
    await see(page, "text input changed: False");
    expect(await field(page, NINE).inputValue()).toBe("hello world");
    await page.context().close();
  });

  it("a disabled input can't be typed in", async () => {
    const { page } = await open();
    const disabled = field(page, "text input 6 (disabled)");
    expect(await disabled.isDisabled()).toBe(true);
    expect(await disabled.inputValue()).toBe("default text");
    await page.context().close();
  });

  it("a password input hides its text and returns it", async () => {
    const { page } = await open();
    const password = page.getByLabel("text input 11 (type=password)", { exact: true });
    expect(await password.getAttribute("type")).toBe("password");
    await password.fill("new secret");
    await password.press("Enter");
    await see(page, "value 11: new secret");
    await page.context().close();
  });

  it("in a form, the text waits for Submit (or Enter, which submits)", async () => {
    const { page } = await open();
    const inForm = field(page, "text input 12 (in a form)");
    await inForm.fill("first");
    await inForm.blur();
    await page.waitForTimeout(300);
    await idle(page);
    await see(page, "value 12:");
    await page.getByRole("button", { name: "Submit" }).click();
    await see(page, "value 12: first");
    await inForm.fill("second");
    await inForm.press("Enter");
    await see(page, "value 12: second");
    await page.context().close();
  });

  it("the help text is the input's tooltip", async () => {
    const { page } = await open();
    const tooltip = page.getByTitle("Help text", { exact: true });
    expect(await tooltip.getByRole("textbox", { name: NINE, exact: true }).count()).toBe(1);
    expect(await tooltip.getByText(NINE, { exact: true }).isVisible()).toBe(true);
    await page.context().close();
  });
});
