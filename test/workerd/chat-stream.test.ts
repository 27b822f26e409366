/**
 * A streamed reply on the wire (the /chat demo, its echo model): each token leaves as its
 * own small APPEND op while the page still runs — not the whole message again — the
 * browser's copy of the tree ends equal to the server's, and a refresh keeps the conversation.
 */
import { describe, expect, it } from "vitest";
import type { ServerMsg } from "../../protocol/messages";
import { APPEND, type Op } from "../../protocol/tree";
import { connect } from "./helpers";

type Delta = Extract<ServerMsg, { t: "delta" }>;
const SAY = "Say something";

/** The frames a run sent, raw and parsed, from message index `from`. */
function appendFrames(frames: string[]): { raw: string; token: string }[] {
  return frames.flatMap((raw) => {
    if (raw === "pong") return [];
    const msg = JSON.parse(raw) as ServerMsg;
    if (msg.t !== "delta") return [];
    const appends = msg.ops.filter((op): op is Extract<Op, [typeof APPEND, ...unknown[]]> => op[0] === APPEND);
    return appends.length ? [{ raw, token: appends.map((op) => op[3]).join("") }] : [];
  });
}

describe("a streamed reply on the wire", () => {
  it("sends each token as one APPEND op the size of the token, and ends with the message as markdown", async () => {
    const c = await connect("/chat");
    const framesFrom = c.frames.length;
    const done = await c.set(SAY, "alpha beta gamma delta epsilon zeta eta theta");
    const appends = appendFrames(c.frames.slice(framesFrom));
    expect(appends.map((a) => a.token)).toEqual(["Echo: ", "alpha ", "beta ", "gamma ", "delta ", "epsilon ", "zeta ", "eta ", "theta"]);
    // every token frame is the same small envelope around its token, however long the text so far
    const overhead = appends.map((a) => new TextEncoder().encode(a.raw).length - new TextEncoder().encode(a.token).length);
    expect(new Set(overhead).size).toBe(1);
    expect(overhead[0]).toBeLessThan(60);
    // the finished reply is markdown, sent once by the run's done frame
    expect(JSON.stringify(done.ops)).toContain("<p>Echo: alpha beta gamma delta epsilon zeta eta theta</p>");
    expect(c.all().filter((n) => n.k === "stream")).toEqual([]);
    expect(c.texts().slice(-2)).toEqual(["alpha beta gamma delta epsilon zeta eta theta", "Echo: alpha beta gamma delta epsilon zeta eta theta"]);
  });

  it("shows the text so far to a browser that connects while the reply streams, then the rest", async () => {
    const first = await connect("/chat");
    const from = first.received.length;
    first.send({ t: "widget", id: first.widget(SAY).p.id as string, v: "one two three four five six seven eight" });
    // wait for a few tokens, then open the same session in a second tab
    await first.next((m): m is Delta => m.t === "delta" && m.ops.some((op) => op[0] === APPEND && op[3] === "three "), from);
    const second = await connect("/chat", first.session);
    // its hello carries the reply so far (or, if it finished meanwhile, the whole of it)
    const reply = second.all().filter((n) => n.k === "stream" || n.k === "markdown").at(-1)!;
    if (reply.k === "stream") expect(reply.p.text).toMatch(/^Echo: one two three /);
    else expect(reply.p.html).toContain("Echo: one two three four five six seven eight");
    await second.done(second.received.length);
    expect(second.texts().at(-1)).toBe("Echo: one two three four five six seven eight");
  });

  it("keeps the conversation across a refresh", async () => {
    const c = await connect("/chat");
    await c.set(SAY, "first");
    await c.set(SAY, "second");
    c.close();
    const again = await connect("/chat", c.session);
    expect(again.all().filter((n) => n.k === "chatMessage").map((n) => n.p.name)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(again.texts().slice(-4)).toEqual(["first", "Echo: first", "second", "Echo: second"]);
  });

  it("refuses an empty message with an error frame and keeps the session working", async () => {
    const c = await connect("/chat");
    const from = c.received.length;
    c.send({ t: "widget", id: c.widget(SAY).p.id as string, v: "  " });
    const error = await c.next((m): m is Extract<ServerMsg, { t: "error" }> => m.t === "error", from);
    expect(error.code).toBe("bad_value");
    expect(error.message).toMatch(/empty message/);
    await c.set(SAY, "still here");
    expect(c.texts().at(-1)).toBe("Echo: still here");
  });
});
