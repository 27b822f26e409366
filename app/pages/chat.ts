/**
 * A chat, as Streamlit's "Build a basic LLM chat app" tutorial builds it: the conversation
 * in session state (so a refresh keeps it), each message in a chat message, and the reply
 * streamed in token by token. Without an `AI` binding the reply comes from a built-in,
 * deterministic echo model; with one (wrangler.toml's `[ai]`) from Workers AI.
 */
import { definePage } from "edgelit";

interface Message {
  role: "user" | "assistant";
  content: string;
}

/** What the page needs of the Workers AI binding (`env.AI`): a streamed chat completion. */
interface ChatModel {
  run(model: string, input: { messages: Message[]; stream: true }): Promise<ReadableStream<Uint8Array>>;
}

export const MODEL = "@cf/meta/llama-3.1-8b-instruct";

/** The echo model's pause before each word, in ms: slow enough to watch it stream. */
export const ECHO_DELAY_MS = 40;

/** The built-in model: says back what it was told, one word at a time. */
export async function* echoModel(prompt: string, delayMs = ECHO_DELAY_MS): AsyncGenerator<string> {
  for (const word of `Echo: ${prompt}`.match(/\S+\s*/g) ?? []) {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    yield word;
  }
}

export default definePage("/chat", "Chat", async (st) => {
  const ai = st.env.AI as ChatModel | undefined;
  st.title("💬 Chat");
  st.caption(ai ? `Replies stream from Workers AI (${MODEL}).` : "Replies come from a built-in echo model, word by word. Bind Workers AI as `AI` in wrangler.toml for a real one.");

  const messages = st.state<Message[]>("messages", []);
  // The conversation in one container, so the chat input below keeps its place in the page
  // as messages are added (it stays the same element, and keeps the focus).
  const log = st.container();
  for (const m of messages.value) log.chatMessage(m.role).markdown(m.content);

  const prompt = st.chatInput("Say something", { maxChars: 2000 });
  if (!prompt) return;
  messages.value = [...messages.value, { role: "user", content: prompt }];
  log.chatMessage("user").markdown(prompt);
  const source = ai ? ai.run(MODEL, { messages: messages.value, stream: true }) : echoModel(prompt);
  const reply = await log.chatMessage("assistant").writeStream(source);
  messages.value = [...messages.value, { role: "assistant", content: reply }];
});
