/**
 * st.writeStream: text written token by token as it arrives. While it streams, the node
 * is a `stream` element and each token travels alone as an APPEND op (RunContext.append):
 * the browser adds it to the text it shows, plain — re-rendering markdown per token would
 * mean re-sending the whole message each time. When the stream ends the node becomes
 * markdown (one set with the rendered whole), and the full text is returned.
 */
import { AuthorError } from "../errors";
import type { Target } from "../target";
import { markdownToHtml } from "./markdown";
import { type StreamSource, tokensOf } from "./stream-source";

export type { StreamSource } from "./stream-source";

/** A reply this long is a runaway source: it would fill the session's stored tree. */
export const MAX_STREAM_CHARS = 1_000_000;

export interface WriteStreamApi {
  /**
   * Writes a stream of text as it arrives and returns all of it.
   * @example const reply = await st.chatMessage("assistant").writeStream(env.AI.run(model, { messages, stream: true }));
   */
  writeStream(source: StreamSource | Promise<StreamSource>): Promise<string>;
}

export const writeStreamApi: WriteStreamApi & ThisType<Target> = {
  async writeStream(source) {
    const path = this.element("stream", { text: "" });
    const resolved = await source;
    let full = "";
    if (this.ctx.opts.shadow) {
      // a replay only to find callbacks: don't ask a model again
      if (resolved instanceof ReadableStream) await resolved.cancel().catch(() => {});
      return full;
    }
    // newer input cancels a stream's reader at once, not only at its next token
    const stop = new AbortController();
    const unsubscribe = this.ctx.onInterrupt(() => stop.abort());
    try {
      for await (const token of tokensOf(resolved, stop.signal)) {
        if (full.length + token.length > MAX_STREAM_CHARS) {
          throw new AuthorError(`writeStream: the stream passed ${MAX_STREAM_CHARS.toLocaleString("en-US")} characters; it was stopped there.`);
        }
        this.ctx.append(path, "text", token);
        full += token;
      }
    } finally {
      unsubscribe();
    }
    this.ctx.checkpoint();
    this.ctx.place(path, { k: "markdown", p: { html: markdownToHtml(full) } });
    return full;
  },
};
