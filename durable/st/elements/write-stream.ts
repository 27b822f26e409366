/**
 * st.writeStream: text written token by token as it arrives. While it streams, the node
 * is a `stream` element and each token travels alone as an APPEND op (RunContext.append):
 * the browser adds it to the text it shows, plain — re-rendering markdown per token would
 * mean re-sending the whole message each time. When the stream ends the node becomes
 * markdown (one set with the rendered whole), and the full text is returned.
 */
import type { Target } from "../target";
import { markdownToHtml } from "./markdown";
import { type StreamSource, tokensOf } from "./stream-source";

export type { StreamSource } from "./stream-source";

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
    for await (const token of tokensOf(resolved)) {
      this.ctx.append(path, "text", token);
      full += token;
    }
    this.ctx.checkpoint();
    this.ctx.place(path, { k: "markdown", p: { html: markdownToHtml(full) } });
    return full;
  },
};
