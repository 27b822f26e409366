/**
 * What `st.writeStream` can read, turned into one async sequence of text tokens:
 *
 * - an `AsyncIterable<string>` (an async generator) or an `Iterable<string>`;
 * - a `ReadableStream` of text, as strings or bytes (UTF-8, decoded across chunk edges);
 * - a `fetch` `Response` or its body carrying server-sent events — what Workers AI's
 *   `env.AI.run(model, { messages, stream: true })` and OpenAI-style APIs send. A Response
 *   says so by its content type; a bare stream is read as events when its first text is an
 *   event field (`data:`, `event:`, `id:`, `retry:` or a `:` comment), else as plain text.
 *
 * Each event's `data` is a token: Workers AI's `{ "response": "…" }`, OpenAI's
 * `{ "choices": [{ "delta": { "content": "…" } }] }`, a JSON string, or the data as it is
 * when it is not JSON; `[DONE]` ends the stream; JSON with no text (a usage summary) adds
 * nothing. Stopping early (the run was interrupted) cancels the source.
 */
import { AuthorError } from "../errors";

export type StreamSource = AsyncIterable<string> | Iterable<string> | ReadableStream<string | Uint8Array> | Response;

export async function* tokensOf(source: StreamSource): AsyncGenerator<string, void, undefined> {
  if (typeof source === "string") {
    yield source;
  } else if (source instanceof Response) {
    if (!source.ok) throw new Error(`writeStream: the response is ${source.status} ${source.statusText}`.trim());
    if (!source.body) return;
    const type = source.headers.get("content-type") ?? "";
    yield* readStream(source.body, type.includes("text/event-stream") ? true : undefined);
  } else if (source instanceof ReadableStream) {
    yield* readStream(source, undefined);
  } else if (source && typeof source === "object" && Symbol.asyncIterator in source) {
    for await (const chunk of source) yield checked(chunk);
  } else if (source && typeof source === "object" && Symbol.iterator in source) {
    for (const chunk of source) yield checked(chunk);
  } else {
    throw new AuthorError("writeStream: give an async iterable of strings, a ReadableStream of text, or a fetch Response.");
  }
}

function checked(chunk: unknown): string {
  if (typeof chunk !== "string") throw new AuthorError(`writeStream: the stream gave a ${chunk === null ? "null" : typeof chunk}, not text.`);
  return chunk;
}

/** `sse`: known to be server-sent events (true), or to be decided by the first text (undefined). */
async function* readStream(stream: ReadableStream<string | Uint8Array>, sse: boolean | undefined): AsyncGenerator<string, void, undefined> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const events = new EventParser();
  let finished = false;
  let head = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        break;
      }
      let text = typeof value === "string" ? value : decoder.decode(value, { stream: true });
      if (sse === undefined) {
        head += text;
        if (head.trim() === "") continue;
        sse = /^\s*(data|event|id|retry)?:/.test(head);
        text = head;
      }
      if (!sse) {
        if (text !== "") yield text;
        continue;
      }
      for (const token of events.push(text)) if (token !== "") yield token;
      if (events.ended) return;
    }
    const rest = decoder.decode();
    if (sse) {
      for (const token of events.push(`${rest}\n\n`)) if (token !== "") yield token;
    } else if (rest !== "" || (sse === undefined && head !== "")) yield sse === undefined ? head + rest : rest;
  } finally {
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/** Server-sent events, fed text as it arrives: the tokens of the events completed so far. */
export class EventParser {
  private buffer = "";
  private data: string[] = [];
  /** `[DONE]` arrived */
  ended = false;

  push(text: string): string[] {
    const tokens: string[] = [];
    this.buffer += text;
    const lines = this.buffer.split(/\r\n|\r|\n/);
    // the last piece may be a line still arriving (a lone \r at the end splits early; harmless)
    this.buffer = lines.pop()!;
    for (const line of lines) {
      if (this.ended) break;
      if (line === "") {
        if (this.data.length) tokens.push(this.dispatch(this.data.join("\n")));
        this.data = [];
      } else if (line.startsWith("data:")) {
        this.data.push(line.slice(line.startsWith("data: ") ? 6 : 5));
      }
      // event:, id:, retry: and : comments carry no text
    }
    return tokens;
  }

  private dispatch(data: string): string {
    if (data.trim() === "[DONE]") {
      this.ended = true;
      return "";
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return data;
    }
    return tokenOf(parsed);
  }
}

/** The text of one event's JSON: Workers AI's and OpenAI's chunk shapes. */
function tokenOf(chunk: unknown): string {
  if (typeof chunk === "string") return chunk;
  if (!chunk || typeof chunk !== "object") return "";
  const c = chunk as { response?: unknown; choices?: { delta?: { content?: unknown }; text?: unknown }[] };
  if (typeof c.response === "string") return c.response;
  const choice = c.choices?.[0];
  if (typeof choice?.delta?.content === "string") return choice.delta.content;
  if (typeof choice?.text === "string") return choice.text;
  return "";
}
