/**
 * Streamlit's e2e_playwright/st_chat_input_test.py, for what edgelit has. Not ported: the
 * screenshots (their measurable parts are assertions here), file and audio upload
 * (`accept_file`, `accept_audio`), `width`, embedding (`?embed=true`), and setting the value
 * through `session_state[key]` (edgelit doesn't mirror widget values there); the callback
 * sets state instead of writing markdown (edgelit's callbacks can't write elements).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";

const app = useTestApp();
const open = (options = {}) => app.open("/conformance/chat-input", options);
const BOTTOM = /^Chat input 8 \(bottom, max_chars, long placeholder\)/;

const box = (page: Page, name: string | RegExp) => page.getByRole("textbox", { name });

describe("st.chatInput as Streamlit's st_chat_input_test expects it", () => {
  it("draws every chat input, the disabled one disabled, each named by its placeholder, with no console error", async () => {
    const { page, problems } = await open();
    expect(await page.getByTestId("stChatInput").count()).toBe(4);
    for (const line of ["Chat input 1 (inline) - value: null", "Chat input 2 (in column, disabled) - value: null", "Chat input 8 (bottom, max_chars) - value: null"]) {
      await see(page, line);
    }
    expect(await box(page, "Chat input 1 (inline)").getAttribute("placeholder")).toBe("Chat input 1 (inline)");
    expect(await box(page, "Chat input 2 (in column, disabled)").isDisabled()).toBe(true);
    expect(await page.getByTestId("stChatInput").nth(1).getByRole("button", { name: "Send message" }).isDisabled()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("pins the one written into the main area to the bottom of the window, also in a narrow one and when scrolled", async () => {
    for (const viewport of [{ width: 750, height: 900 }, { width: 380, height: 700 }]) {
      const { page } = await open({ viewport });
      const bottom = await page.getByTestId("stChatInput").filter({ has: box(page, BOTTOM) }).boundingBox();
      const inline = await page.getByTestId("stChatInput").first().boundingBox();
      expect(bottom!.y + bottom!.height).toBeGreaterThan(viewport.height - 60);
      expect(bottom!.y + bottom!.height).toBeLessThanOrEqual(viewport.height);
      expect(bottom!.x).toBeGreaterThanOrEqual(0);
      expect(bottom!.x + bottom!.width).toBeLessThanOrEqual(viewport.width);
      // the inline ones sit where they were written, at the top
      expect(inline!.y).toBeLessThan(viewport.height / 2);
      // scrolled to the end it stays in view, below everything else on the page
      await page.mouse.wheel(0, 2000);
      await page.waitForFunction(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1);
      const after = await page.getByTestId("stChatInput").filter({ has: box(page, BOTTOM) }).boundingBox();
      const last = await page.getByText("Chat input 8 (bottom, max_chars) - value: null", { exact: true }).boundingBox();
      expect(after!.y).toBeGreaterThanOrEqual(last!.y + last!.height);
      expect(after!.y + after!.height).toBeLessThanOrEqual(viewport.height);
      await page.context().close();
    }
  });

  it("takes no more than max_chars characters", async () => {
    const { page } = await open();
    const long =
      "Lorem ipsum dolor amet, consectetur adipiscing elit. Mauris tristique est at tincidunt pul vinar. Nam pulvinar neque sapien, eu pellentesque metus pellentesque at. Ut et dui molestie, iaculis magna sed. This text should not appear in the input.";
    await box(page, BOTTOM).fill(long);
    expect(await box(page, BOTTOM).inputValue()).toBe(long.slice(0, 200));
    expect(long.slice(0, 200)).toMatch(/iaculis magna se$/);
    await page.context().close();
  });

  it("Enter submits and clears the input", async () => {
    const { page } = await open();
    await box(page, BOTTOM).click();
    await page.keyboard.type("Corgi");
    await page.keyboard.press("Enter");
    await see(page, "Chat input 8 (bottom, max_chars) - value: Corgi");
    expect(await box(page, BOTTOM).inputValue()).toBe("");
    // a trigger: the next run sees null again
    await box(page, "Chat input 1 (inline)").fill("other");
    await page.keyboard.press("Enter");
    await see(page, "Chat input 1 (inline) - value: other");
    await see(page, "Chat input 8 (bottom, max_chars) - value: null");
    await page.context().close();
  });

  it("Shift+Enter makes a new line and sends nothing", async () => {
    const { page } = await open();
    await box(page, BOTTOM).click();
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("New Line");
    expect(await box(page, BOTTOM).inputValue()).toBe("\nNew Line");
    await idle(page);
    await see(page, "Chat input 8 (bottom, max_chars) - value: null");
    await page.context().close();
  });

  it("the send button submits and clears the input; it is disabled while the input is empty", async () => {
    const { page } = await open();
    const input = page.getByTestId("stChatInput").first();
    const send = input.getByTestId("stChatInputSubmitButton");
    expect(await send.isDisabled()).toBe(true);
    await box(page, "Chat input 1 (inline)").fill("Corgi");
    await send.click();
    await see(page, "Chat input 1 (inline) - value: Corgi");
    expect(await box(page, "Chat input 1 (inline)").inputValue()).toBe("");
    await page.context().close();
  });

  it("calls its callback on submit, and only then", async () => {
    const { page } = await open();
    await box(page, "Chat input 3 (callback)").fill("hello");
    await page.keyboard.press("Enter");
    await see(page, "chat input submitted");
    await see(page, "Chat input 3 (callback) - return value: hello");
    await box(page, "Chat input 1 (inline)").fill("x");
    await page.keyboard.press("Enter");
    await see(page, "Chat input 1 (inline) - value: x");
    expect(await page.getByText("chat input submitted", { exact: true }).count()).toBe(0);
    await page.context().close();
  });

  it("takes the focus on a click and shows it", async () => {
    const { page } = await open();
    await box(page, BOTTOM).click();
    expect(await box(page, BOTTOM).evaluate((el) => el === document.activeElement)).toBe(true);
    const border = await page.locator(".el-chat-box:focus-within").evaluate((el) => getComputedStyle(el).borderColor);
    expect(border).toBe("rgb(255, 75, 75)");
    await page.context().close();
  });

  it("grows with long text and shrinks back when it is deleted", async () => {
    const { page } = await open();
    const area = box(page, "Chat input 1 (inline)");
    const start = (await area.boundingBox())!.height;
    await area.fill("Lorem ipsum dolor amet, consectetur adipiscing elit. ".repeat(6));
    const grown = (await area.boundingBox())!.height;
    expect(grown).toBeGreaterThan(start + 20);
    await area.fill("");
    expect((await area.boundingBox())!.height).toBe(start);
    await page.context().close();
  });

  it("reads well in the dark scheme", async () => {
    const { page } = await open({ colorScheme: "dark" });
    const colors = await box(page, "Chat input 1 (inline)").evaluate((el) => ({
      text: getComputedStyle(el).color,
      box: getComputedStyle(el.parentElement!).backgroundColor,
    }));
    expect(colors).toEqual({ text: "rgb(250, 250, 250)", box: "rgb(38, 39, 48)" });
    await page.context().close();
  });
});
