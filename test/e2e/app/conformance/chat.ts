/**
 * Streamlit's e2e_playwright/st_chat_input.py, st_chat_message.py and st_write_stream.py
 * (what edgelit has of them; see the chat-*.test.ts files beside the tests).
 */
import { definePage } from "../../../../durable/st/app";

export const chatInputPage = definePage("/conformance/chat-input", "Chat input", (st) => {
  const v1 = st.container().chatInput("Chat input 1 (inline)", { key: "chat_input_1" });
  st.markdown(`Chat input 1 (inline) - value: ${v1}`);
  const [col1] = st.columns(2);
  const v2 = col1.chatInput("Chat input 2 (in column, disabled)", { disabled: true });
  st.markdown(`Chat input 2 (in column, disabled) - value: ${v2}`);
  // Streamlit's callback writes markdown; an edgelit callback can't write elements, so it sets state the page shows
  const submitted = st.state("chat_input_3_submitted", false);
  const v3 = st.container().chatInput("Chat input 3 (callback)", { key: "chat_input_3", onSubmit: () => (submitted.value = true) });
  if (submitted.value) st.markdown("chat input submitted");
  submitted.value = false;
  st.markdown(`Chat input 3 (callback) - return value: ${v3}`);
  const v8 = st.chatInput(
    "Chat input 8 (bottom, max_chars, long placeholder) This is a very long placeholder text that should span multiple lines " +
      "and cause the chat input to grow vertically to accommodate all the text properly when displayed in the UI",
    { maxChars: 200, key: "chat_input_8_bottom" },
  );
  st.markdown(`Chat input 8 (bottom, max_chars) - value: ${v8}`);
});

const CODE = `
Hello, here is a code snippet:

\`\`\`python
import streamlit as st
with st.chat_message("assistant"):
     st.write("Hello, here is a code snippet...")
\`\`\`
`;

const LOREM = `
Lorem ipsum dolor sit amet, consectetur adipiscing elit. Mauris tristique est
at tincidunt pul vinar. Nam pulvinar neque sapien, eu pellentesque metus pellentesque
at. Ut et dui molestie, iaculis magna sed.
`;

export const chatMessagePage = definePage("/conformance/chat-message", "Chat message", (st) => {
  st.chatMessage("user").write("Hello…");
  st.chatMessage("assistant").write(CODE);
  st.chatMessage("user", { avatar: "🧑" }).write(LOREM);
  const dog = st.chatMessage("dog", { avatar: "https://static.streamlit.io/examples/dog.jpg" });
  dog.write("Woof woof! I'm a dog and I like charts:");
  dog.lineChart({ col_0: [0.1, 0.4, -0.3, 0.8, 0.2], col_1: [0.5, -0.2, 0.1, 0.3, -0.6] });
  const cat = st.chatMessage("cat", { avatar: "https://static.streamlit.io/examples/cat.jpg" });
  cat.write("I'm a cat and I like this dataset:");
  cat.dataframe({ col_0: [1.76, 0.41, 0.95], col_1: [0.4, 0.14, -0.15] });
  cat.textInput("What's your name?");
  st.chatMessage("Bot").expander("See more", { expanded: true }).write("Lorem ipsum dolor sit amet");
  st.chatMessage("human");
  st.chatMessage("ai").write("Hello from AI");

  // the conversation from session state, as Streamlit's test keeps it
  const messages = st.state<{ role: string; content: string; sources: string }[]>("messages", []);
  const past = st.empty().container();
  for (const m of messages.value) {
    const message = past.chatMessage(m.role);
    message.markdown(m.content);
    if (m.role !== "user") message.expander("See sources").markdown(m.sources);
  }
  st.chatMessage("user").markdown("This is a hardcoded user message");
  const reply = st.chatMessage("assistant").empty().container();
  reply.markdown("some response");
  reply.expander("See sources").markdown("example sources");
  messages.value = [
    ...messages.value,
    { role: "user", content: "This is a hardcoded user message", sources: "" },
    { role: "assistant", content: "some response", sources: "example sources" },
  ].slice(-2);
});

const LOREM_STREAM = `
Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut
labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco
laboris nisi ut aliquip ex ea commodo consequat.
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function* streamExample() {
  for (const word of LOREM_STREAM.split(/\s+/).filter(Boolean)) {
    yield `${word} `;
    await sleep(30);
  }
  for (const word of "This is the end of the stream.".split(" ")) {
    yield `${word} `;
    await sleep(10);
  }
}

async function* asyncGenerator() {
  yield "hello ";
  await sleep(200);
  yield "world ";
  await sleep(200);
  yield "test ";
}

export const writeStreamPage = definePage("/conformance/write-stream", "Write stream", async (st) => {
  const written = st.state<string | null>("written_content", null);
  if (st.button("Stream data")) written.value = await st.writeStream(streamExample());
  else if (written.value !== null) st.write(written.value);
  if (st.button("Stream async data")) written.value = await st.writeStream(asyncGenerator());
  else if (written.value !== null) st.write(written.value);
});
