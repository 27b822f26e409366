/**
 * The /chat demo in Chromium: type a message, Enter, watch the echo model's reply stream in
 * word by word, type the next one without clicking back into the box, refresh and find the
 * conversation still there.
 */
import { describe, expect, it } from "vitest";
import { idle, useTestApp } from "./harness";
import { grewOnly, streamed, watchStream } from "./stream-watch";

const app = useTestApp();

describe("the chat demo", () => {
  it("streams the echo of what was typed, keeps the focus in the input, and keeps the conversation across a refresh", async () => {
    const { page, problems } = await app.open("/chat");
    const input = page.getByRole("textbox", { name: "Say something" });
    await watchStream(page);
    await input.click();
    await page.keyboard.type("the quick brown fox jumps over the lazy dog");
    await page.keyboard.press("Enter");
    const user = page.getByRole("group", { name: "Chat message from user" });
    await user.getByText("the quick brown fox jumps over the lazy dog", { exact: true }).waitFor();
    const assistant = page.getByRole("group", { name: "Chat message from assistant" });
    await assistant.locator(".el-markdown:not(.el-stream)").getByText("Echo: the quick brown fox jumps over the lazy dog", { exact: true }).waitFor();
    await idle(page);
    // the reply arrived a word at a time
    const texts = await streamed(page);
    expect(texts[0]).toBe("Echo: ");
    expect(texts.at(-1)).toBe("Echo: the quick brown fox jumps over the lazy dog");
    expect(texts).toHaveLength(10);
    expect(grewOnly(texts)).toBe(true);
    expect(await input.inputValue()).toBe("");
    // still focused: the next message is typed straight away
    await page.keyboard.type("second");
    await page.keyboard.press("Enter");
    await assistant.getByText("Echo: second", { exact: true }).waitFor();
    await idle(page);

    await page.reload();
    await idle(page);
    const conversation = await page.getByTestId("stChatMessage").locator(".el-markdown").allTextContents();
    expect(conversation.map((t) => t.trim())).toEqual(["the quick brown fox jumps over the lazy dog", "Echo: the quick brown fox jumps over the lazy dog", "second", "Echo: second"]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
