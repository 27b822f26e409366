/**
 * Streamlit's e2e_playwright/st_chat_message_test.py, for what edgelit has. Not ported: the
 * screenshots (their measurable parts — the count, each message's name, avatar and content,
 * both colour schemes — are assertions here), local image avatars (PIL images and file
 * paths; edgelit takes an http(s) URL) and Material icons (`:material/…:`).
 */
import { describe, expect, it } from "vitest";
import { useTestApp } from "../harness";

const app = useTestApp();
const open = (colorScheme: "light" | "dark" = "light") => app.open("/conformance/chat-message", { colorScheme });

describe("st.chatMessage as Streamlit's st_chat_message_test expects it", () => {
  it("draws every message, and the ones session state adds after a rerun", async () => {
    const { page } = await open();
    const messages = page.getByTestId("stChatMessage");
    expect(await messages.count()).toBe(10);
    // Streamlit's rerun_app presses "r"; edgelit reruns on a reload, which keeps session state
    await page.reload();
    await page.locator("#app:not(.el-connecting):not(.el-running)").waitFor();
    await page.getByText("This is a hardcoded user message", { exact: true }).nth(1).waitFor();
    expect(await messages.count()).toBe(12);
    await page.context().close();
  });

  it("names each message for assistive technology by its author, and shows the avatar the role or the page gave", async () => {
    const { page } = await open();
    const avatarOf = async (i: number) =>
      page.getByTestId("stChatMessage").nth(i).locator(".el-chat-avatar").first().evaluate((el) => ({
        id: el.getAttribute("data-testid"),
        text: el.textContent?.trim(),
        src: el.getAttribute("src"),
      }));
    await page.locator("[data-testid=stChatMessageAvatarUser]").first().waitFor();
    const seen = [];
    for (let i = 0; i < 10; i++) seen.push([await page.getByTestId("stChatMessage").nth(i).getAttribute("aria-label"), await avatarOf(i)]);
    expect(seen).toEqual([
      ["Chat message from user", { id: "stChatMessageAvatarUser", text: "", src: null }],
      ["Chat message from assistant", { id: "stChatMessageAvatarAssistant", text: "", src: null }],
      ["Chat message from user", { id: "stChatMessageAvatarCustom", text: "🧑", src: null }],
      ["Chat message from dog", { id: "stChatMessageAvatarImage", text: "", src: "https://static.streamlit.io/examples/dog.jpg" }],
      ["Chat message from cat", { id: "stChatMessageAvatarImage", text: "", src: "https://static.streamlit.io/examples/cat.jpg" }],
      ["Chat message from Bot", { id: "stChatMessageAvatarCustom", text: "B", src: null }],
      ["Chat message from human", { id: "stChatMessageAvatarUser", text: "", src: null }],
      ["Chat message from ai", { id: "stChatMessageAvatarAssistant", text: "", src: null }],
      ["Chat message from user", { id: "stChatMessageAvatarUser", text: "", src: null }],
      ["Chat message from assistant", { id: "stChatMessageAvatarAssistant", text: "", src: null }],
    ]);
    expect(await page.getByRole("group", { name: "Chat message from dog" }).count()).toBe(1);
    await page.context().close();
  });

  it("holds any element: markdown with code, a chart, a dataframe, a widget, an expander", async () => {
    const { page } = await open();
    const message = (name: string) => page.getByRole("group", { name: `Chat message from ${name}` });
    await message("assistant").first().locator("pre code").getByText('with st.chat_message("assistant"):').waitFor();
    await message("dog").getByRole("img", { name: /Line chart/ }).waitFor();
    await message("cat").getByRole("grid").waitFor();
    await message("cat").getByRole("textbox", { name: "What's your name?" }).fill("Tom");
    await page.keyboard.press("Enter");
    expect(await message("Bot").locator("details[open]").getByText("Lorem ipsum dolor sit amet").isVisible()).toBe(true);
    await page.context().close();
  });

  it("sets the user's messages apart, and keeps the text readable, in light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const { page } = await open(scheme);
      const look = (name: string) =>
        page.getByRole("group", { name: `Chat message from ${name}` }).first().evaluate((el) => ({
          bg: getComputedStyle(el).backgroundColor,
          color: getComputedStyle(el.querySelector(".el-markdown")!).color,
          page: getComputedStyle(document.body).backgroundColor,
        }));
      const user = await look("user");
      const assistant = await look("assistant");
      expect(user.bg).not.toBe(assistant.bg);
      expect(assistant.bg).toBe("rgba(0, 0, 0, 0)");
      expect(user.color).toBe(scheme === "light" ? "rgb(49, 51, 63)" : "rgb(250, 250, 250)");
      expect(user.page).toBe(scheme === "light" ? "rgb(255, 255, 255)" : "rgb(14, 17, 23)");
      await page.context().close();
    }
  });
});
