/**
 * Query parameters and the frames that carry what happens once (workerd, through the real
 * Worker and session object): a connection's query string reaches the first run, a change
 * is told to the browser and kept, bad input is answered with the session intact; a
 * progress bar moves while its page runs; toasts travel with runs, never with a hello.
 */
import { describe, expect, it } from "vitest";
import type { ServerMsg } from "../../protocol/messages";
import { newSessionId, TestClient } from "./client";
import { connect, sessionData } from "./helpers";

type Frame = Extract<ServerMsg, { t: "delta" | "done" }>;
type ErrorMsg = Extract<ServerMsg, { t: "error" }>;

async function open(page: string, query?: string, session = newSessionId()): Promise<TestClient> {
  const c = await TestClient.connect(page, session, undefined, {}, query);
  await c.done(0);
  return c;
}

describe("query parameters", () => {
  it("a connection with parameters runs the page with them first", async () => {
    const c = await open("/query", "x=y&x=1&a=b");
    expect(c.texts()).toEqual(['{"x":["y","1"],"a":"b"}']);
    c.close();
  });

  it("a change the page makes is sent in its frame, kept by the session and seen by a refresh", async () => {
    const c = await open("/query", "x=y");
    const done = await c.click("Set");
    expect(done.qs).toBe("x=y&step=2");
    expect((await sessionData(c.session)).query).toBe("x=y&step=2");
    // an unchanged rerun sends no query string
    expect((await c.act({ t: "rerun" })).qs).toBeUndefined();
    c.close();
    // the refreshed tab's address bar holds the parameters; the page sees them
    const again = await open("/query", "x=y&step=2", c.session);
    expect(again.texts()).toEqual(['{"x":"y","step":"2"}']);
    again.close();
  });

  it("a link to another page clears them; a nav with an entry's query string brings them back", async () => {
    const c = await open("/query", "foo=bar");
    await c.act({ t: "nav", page: "/counter" });
    expect((await sessionData(c.session)).query).toBe("");
    await c.act({ t: "nav", page: "/query", qs: "foo=bar" });
    expect(c.texts()).toEqual(['{"foo":"bar"}']);
    c.close();
  });

  it("an oversized query string is answered with an error and the page runs without it", async () => {
    const c = await TestClient.connect("/query", newSessionId(), undefined, {}, Array.from({ length: 150 }, (_, i) => `k${i}=v`).join("&"));
    const refused = await c.next((m): m is ErrorMsg => m.t === "error");
    expect([refused.code, refused.message]).toEqual(["too_large", "The address's query parameters were not used: the query string has 150 keys; at most 100 are accepted."]);
    await c.done(0);
    expect(c.texts()).toEqual(["{}"]);
    // and a nav carrying one is refused, the session still answering
    const from = c.received.length;
    c.send({ t: "nav", page: "/query", qs: `x=${"a".repeat(9000)}` });
    expect((await c.next((m): m is ErrorMsg => m.t === "error", from)).code).toBe("too_large");
    c.send({ t: "nav", page: "/query", qs: 5 } as never);
    expect((await c.next((m): m is ErrorMsg => m.t === "error", from + 1)).code).toBe("bad_frame");
    await c.act({ t: "nav", page: "/query", qs: "ok=1" });
    expect(c.texts()).toEqual(['{"ok":"1"}']);
    c.close();
  });
});

describe("frames of a running page", () => {
  it("a progress bar's updates reach the browser while the page still runs", async () => {
    const c = await connect("/live");
    const frames = c.received.filter((m): m is Frame => m.t === "delta" || m.t === "done");
    const values = frames.flatMap((f) => f.ops.flatMap((op) => (op[0] === "s" && op[2].k === "progress" ? [op[2].p.value] : op[0] === "p" && "value" in op[2] ? [op[2].value] : [])));
    expect(values).toEqual([0, 50, 100]);
    expect(frames.filter((f) => f.t === "delta").length).toBeGreaterThanOrEqual(2);
    c.close();
  });

  it("toasts come with the run that raised them — again on an unchanged rerun — and never in a hello", async () => {
    const c = await connect("/live");
    const first = c.received.filter((m): m is Frame => m.t === "delta" || m.t === "done").flatMap((f) => f.toasts ?? []);
    expect(first).toEqual([{ id: expect.stringMatching(/^\d+\.0$/), html: "Started", icon: "🐶", ms: 4000 }]);
    const from = c.received.length;
    await c.act({ t: "rerun" });
    const again = c.received.slice(from).filter((m): m is Frame => m.t === "delta" || m.t === "done");
    const second = again.flatMap((f) => f.toasts ?? []);
    expect(second).toHaveLength(1);
    // its own toast, not the first one's: the browser shows it again
    expect(second[0]?.id).not.toBe(first[0]?.id);
    const hello = c.received.find((m) => m.t === "hello");
    expect(JSON.stringify(hello)).not.toContain("Started");
    c.close();
  });
});
