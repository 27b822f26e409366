import { describe, expect, it } from "vitest";
import type { ServerMsg } from "../../protocol/messages";
import { connect, sessionData } from "./helpers";

const isRun = (m: ServerMsg): m is Extract<ServerMsg, { t: "run" }> => m.t === "run";

describe("the rerun loop", () => {
  it("interrupts a running rerun when a newer value arrives, and coalesces queued input keeping the press", async () => {
    const c = await connect("/slow");
    const n = c.widget("N").p.id as string;
    const click = c.widget("Click").p.id as string;
    const from = c.received.length;
    c.send({ t: "widget", id: n, v: 1 }); // this run holds for 300 ms
    await c.next(isRun, from);
    c.send({ t: "widget", id: n, v: 3 });
    c.send({ t: "widget", id: click, v: true });
    c.send({ t: "widget", id: n, v: 4 });

    const first = await c.done(from);
    expect(first.status).toBe("interrupted");
    await c.done(c.received.indexOf(first) + 1, "ok");
    expect(c.texts()).toContain("n=4 clicked=true");
    const log = (await sessionData(c.session)).state.log as string[];
    // one run for the three queued inputs: newest value, the press kept
    expect(log.slice(2)).toEqual(["start n=1 clicked=false", "start n=4 clicked=true", "end n=4 clicked=true"]);
  });

  it("carries a press into the next run when its own run was interrupted", async () => {
    const c = await connect("/slow");
    const n = c.widget("N").p.id as string;
    const click = c.widget("Click").p.id as string;
    const from = c.received.length;
    c.send({ t: "widget", id: n, v: 1 });
    await c.next(isRun, from);
    c.send({ t: "widget", id: click, v: true }); // its run holds again (n is still 1)…
    await c.next((m): m is Extract<ServerMsg, { t: "run" }> => isRun(m) && c.received.indexOf(m) > from + 1, from);
    c.send({ t: "widget", id: n, v: 5 }); // …and is interrupted by this one
    await c.next((m): m is Extract<ServerMsg, { t: "done" }> => m.t === "done" && m.status === undefined, from);
    const log = (await sessionData(c.session)).state.log as string[];
    expect(log.slice(2)).toEqual([
      "start n=1 clicked=false",
      "start n=1 clicked=true",
      "start n=5 clicked=true",
      "end n=5 clicked=true",
    ]);
  });

  it("tells the browser, while a slow run awaits, which unchanged elements it has passed", async () => {
    const c = await connect("/slow");
    const from = c.received.length;
    c.send({ t: "widget", id: c.widget("N").p.id as string, v: 1 }); // holds after the slider and button
    const delta = await c.next((m): m is Extract<ServerMsg, { t: "delta" }> => m.t === "delta", from);
    expect(delta.ops).toContainEqual(["k", [0, 0]]); // the slider: its value is the one sent, so no echo
    expect(delta.ops).toContainEqual(["k", [0, 1]]); // the button: rendered again, unchanged
    expect(delta.ack).toBeGreaterThan(0);
    await c.done(from);
  });

  it("does not run a callback twice when its run is interrupted", async () => {
    const c = await connect("/counter");
    await c.click("Add");
    await c.click("Add");
    const log = (await sessionData(c.session)).state.log as string[];
    expect(log.filter((l) => l.startsWith("callback"))).toHaveLength(2);
    expect(c.texts()).toContain("Count: 4");
  });
});
