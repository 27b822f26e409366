/**
 * A streamed reply on the wire: the /chat demo's echo model streams a reply of WORDS words,
 * a token per word. Each token travels as its own delta frame with one APPEND op; this
 * prints the median bytes of those frames per token, against what re-sending the whole
 * message so far with each token would cost (the same frame with a patch of the text so far
 * — what Streamlit's write_stream does, one markdown delta per chunk), and both per reply.
 *
 *   node bench/stream.mjs            (starts its own `wrangler dev`; part of `npm run bench`)
 */
import { percentile } from "./stats.mjs";
import { BenchClient, findNode } from "./ws-client.mjs";

const REPLIES = Number(process.env.BENCH_STREAM_REPLIES ?? 3);
const WORDS = Number(process.env.BENCH_STREAM_WORDS ?? 60);
const LOREM = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua".split(" ");
const isDone = (f) => f.msg?.t === "done";
const utf8 = (s) => Buffer.byteLength(s, "utf8");

export async function streamBench(url) {
  const c = await BenchClient.session(url, "/chat");
  const first = await c.next(isDone, 0, 60_000);
  const hello = c.frames.find((f) => f.msg?.t === "hello").msg;
  const tree = hello.tree;
  // the chat input is in the first run's ops (a fresh session's hello tree is empty)
  const op = first.frame.msg.ops.find((o) => o[0] === "s" && o[2].k === "chatInput");
  const id = op?.[2].p.id ?? findNode(tree, "chatInput", "Say something")?.p.id;
  if (!id) throw new Error("no chat input on /chat");
  const perToken = { append: [], resend: [] };
  const perReply = { append: [], resend: [] };
  for (let r = 0; r < REPLIES; r++) {
    const prompt = Array.from({ length: WORDS - 1 }, (_, i) => LOREM[(i + r) % LOREM.length]).join(" ");
    const from = c.frames.length;
    c.send({ t: "widget", id, v: prompt, n: r + 1 });
    const { index } = await c.next(isDone, from, 60_000);
    let text = "";
    let append = 0;
    let resend = 0;
    for (const f of c.frames.slice(from, index)) {
      const ops = f.msg?.t === "delta" ? f.msg.ops : [];
      if (ops.length !== 1 || ops[0][0] !== "a") continue;
      const [, path, prop, token] = ops[0];
      text += token;
      const whole = JSON.stringify({ t: "delta", run: f.msg.run, ops: [["p", path, { [prop]: text }]] });
      perToken.append.push(f.bytes);
      perToken.resend.push(utf8(whole));
      append += f.bytes;
      resend += utf8(whole);
    }
    perReply.append.push(append);
    perReply.resend.push(resend);
  }
  c.close();
  const tokens = perToken.append.length;
  const med = (v) => percentile(v, 50);
  console.log(`Streamed reply on the wire (/chat echo model, ${REPLIES} replies of ${WORDS} words, ${tokens} tokens)`);
  console.log(`  per token, median:  APPEND frame ${med(perToken.append)} B   re-sending the message so far ${med(perToken.resend)} B`);
  console.log(`  per reply, median:  APPEND frames ${med(perReply.append)} B   re-sending ${med(perReply.resend)} B   (${(med(perReply.resend) / med(perReply.append)).toFixed(1)}×)`);
  return { perToken, perReply };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { startDevServer } = await import("../scripts/dev-server.mjs");
  const server = await startDevServer({ config: "bench/wrangler.toml" });
  try {
    await streamBench(server.url);
  } finally {
    await server.stop();
  }
}
