/** chatInput, chatMessage and writeStream as a page sees them (AppTest), and the /chat demo. */
import { definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";
import chat from "../../app/pages/chat";

const sse = (events: string[]) =>
  new Response(events.map((e) => `data: ${e}\n\n`).join(""), { headers: { "content-type": "text/event-stream" } });

async function* words(...list: string[]) {
  for (const w of list) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield w;
  }
}

const page = definePage("/", "Chat parts", async (st) => {
  const said = st.chatInput("Say something", { maxChars: 20 });
  st.text(`value: ${said}`);
  st.chatMessage("user").text("from the user");
  st.chatMessage("assistant").text("from the assistant");
  st.chatMessage("dog", { avatar: "https://example.com/dog.jpg" }).text("woof");
  st.chatMessage("Bot").text("beep");
  st.chatMessage("user", { avatar: "🧑" }).text("with an emoji");
  const source = st.selectbox("source", ["none", "generator", "workers ai", "openai", "text bytes"] as const);
  if (source === "generator") st.state("got", "").value = await st.writeStream(words("one ", "two ", "**three**"));
  if (source === "workers ai") {
    st.state("got", "").value = await st.writeStream(sse(['{"response":"Hello"}', '{"response":", world"}', '{"response":""}', "[DONE]", '{"response":"after done"}']));
  }
  if (source === "openai") {
    st.state("got", "").value = await st.writeStream(
      sse(['{"choices":[{"delta":{"role":"assistant"}}]}', '{"choices":[{"delta":{"content":"Hi"}}]}', '{"choices":[{"delta":{"content":" there"}}]}', "[DONE]"]),
    );
  }
  if (source === "text bytes") st.state("got", "").value = await st.writeStream(new Response("plain bytes, é").body!);
});

describe("st.chatInput", () => {
  it("is null until a message is submitted, the message for that one run, and null again after", async () => {
    const at = await AppTest.run(page);
    expect(at.text[0]?.value).toBe("value: null");
    await at.chatInput("Say something").set("Hello").run();
    expect(at.text[0]?.value).toBe("value: Hello");
    await at.run();
    expect(at.text[0]?.value).toBe("value: null");
  });

  it("refuses an empty message and one over maxChars, as the session would", async () => {
    const at = await AppTest.run(page);
    expect(() => at.chatInput("Say something").set("   ")).toThrow(/empty message/);
    expect(() => at.chatInput("Say something").set("x".repeat(21))).toThrow(/longer than 20 characters/);
  });

  it("can't be put in a form", async () => {
    const at = await AppTest.run(definePage("/", "f", (st) => void st.form("f").chatInput("in a form")));
    expect(at.exception[0]?.value).toMatch(/can't be used inside a form/);
  });
});

describe("st.chatMessage", () => {
  it("names its author and picks Streamlit's avatar for the role, an image URL or an emoji", async () => {
    const at = await AppTest.run(page);
    expect(at.chatMessage.map((m) => [m.name, m.avatar, m.text])).toEqual([
      ["user", { icon: "user" }, "from the user"],
      ["assistant", { icon: "assistant" }, "from the assistant"],
      ["dog", { src: "https://example.com/dog.jpg" }, "woof"],
      ["Bot", { text: "B" }, "beep"],
      ["user", { text: "🧑" }, "with an emoji"],
    ]);
  });
});

describe("st.writeStream", () => {
  it("returns the whole text of an async generator and shows it as markdown once it ends", async () => {
    const at = await AppTest.run(page);
    await at.selectbox("source").set("generator").run();
    expect(at.sessionState.get("got")).toBe("one two **three**");
    expect(at.markdown.at(-1)?.value).toBe("one two three");
    expect(at.get("stream")).toEqual([]);
  });

  it("reads Workers AI's server-sent events up to [DONE]", async () => {
    const at = await AppTest.run(page);
    await at.selectbox("source").set("workers ai").run();
    expect(at.sessionState.get("got")).toBe("Hello, world");
  });

  it("reads OpenAI's chunks, skipping the one with no content", async () => {
    const at = await AppTest.run(page);
    await at.selectbox("source").set("openai").run();
    expect(at.sessionState.get("got")).toBe("Hi there");
  });

  it("reads a stream of UTF-8 bytes as plain text", async () => {
    const at = await AppTest.run(page);
    await at.selectbox("source").set("text bytes").run();
    expect(at.sessionState.get("got")).toBe("plain bytes, é");
  });
});

describe("the /chat demo", () => {
  it("shows a submitted message and the echo model's streamed reply, and keeps the conversation", async () => {
    const at = await AppTest.run(chat);
    expect(at.chatMessage).toEqual([]);
    await at.chatInput("Say something").set("Hello there").run();
    expect(at.chatMessage.map((m) => [m.name, m.text])).toEqual([
      ["user", "Hello there"],
      ["assistant", "Echo: Hello there"],
    ]);
    await at.chatInput("Say something").set("Again").run();
    expect(at.chatMessage.map((m) => m.text)).toEqual(["Hello there", "Echo: Hello there", "Again", "Echo: Again"]);
    await at.run();
    expect(at.chatMessage).toHaveLength(4);
  });

  it("streams from the AI binding when one is given, sending it the conversation", async () => {
    const asked: unknown[] = [];
    const AI = {
      async run(model: string, input: unknown) {
        asked.push([model, input]);
        return sse(['{"response":"Hi"}', '{"response":" from the model"}', "[DONE]"]).body!;
      },
    };
    const env = { AI };
    const at = await AppTest.run(chat, { env });
    await at.chatInput("Say something").set("Hello").run();
    expect(at.chatMessage.map((m) => m.text)).toEqual(["Hello", "Hi from the model"]);
    expect(asked).toEqual([["@cf/meta/llama-3.1-8b-instruct", { messages: [{ role: "user", content: "Hello" }], stream: true }]]);
  });
});
