/**
 * The person's input wins (protocol/input.ts): inputs are numbered, runs acknowledge them,
 * the browser shows its own newest value until a run has consumed it, and the server never
 * echoes back a value the browser itself sent — only values the page changed travel.
 */
import { describe, expect, it } from "vitest";
import type { ServerMsg } from "../../protocol/messages";
import { TestClient } from "./client";
import { connect, stored } from "./helpers";

type Done = Extract<ServerMsg, { t: "done" }>;
const isDone = (m: ServerMsg): m is Done => m.t === "done";
const TEMPERATURE = "Set temperature (°C)";

describe("numbered input", () => {
  it("acknowledges the input a run consumed and does not echo the value the browser sent", async () => {
    const c = await connect("/");
    const done = await c.set(TEMPERATURE, 40);
    expect(done.ack).toBe(1);
    expect(JSON.stringify(done.ops)).not.toContain('"value":40');
    expect(c.widget(TEMPERATURE).p.value).toBe(40);
    expect(c.texts()).toContain("Temperature in Fahrenheit: 104.0 °F");
  });

  it("keeps showing the newest of twenty quick inputs while older runs answer, and ends where the person left it", async () => {
    const c = await connect("/");
    const id = c.widget(TEMPERATURE).p.id as string;
    const from = c.received.length;
    const shown: unknown[] = [];
    for (let v = 49; v >= 30; v--) {
      c.send({ t: "widget", id, v });
      await new Promise((r) => setTimeout(r, 1)); // key-repeat: frames of older runs arrive in between
      shown.push(c.widget(TEMPERATURE).p.value);
    }
    await c.next((m): m is Done => isDone(m) && m.ack === 20, from);
    // never pulled back to an older value while the keys were pressed
    expect(shown).toEqual(Array.from({ length: 20 }, (_, i) => 49 - i));
    expect(c.widget(TEMPERATURE).p.value).toBe(30);
    expect(c.texts()).toContain("Temperature in Fahrenheit: 86.0 °F");
    // and no run sent the slider's value back
    const frames = c.received.slice(from).filter(isDone);
    expect(frames.length).toBeGreaterThan(0);
    for (const f of frames) expect(JSON.stringify(f.ops)).not.toMatch(/"value":\d+[,}]/); // (the metric's value is text)
    // what the browser shows is what a fresh connection gets
    await stored(c.session);
    const again = await connect("/", c.session);
    expect(again.widget(TEMPERATURE).p.value).toBe(30);
    expect(JSON.stringify(again.tree)).toBe(JSON.stringify(c.tree));
  });

  it("sends a value the page changed: a form that clears on submit gets its defaults back", async () => {
    const c = await connect("/form");
    const done = await c.act({
      t: "submit",
      form: "f",
      button: c.widget("Send").p.id as string,
      values: { [c.widget("Name").p.id as string]: "Ada" },
    });
    expect(c.texts()).toContain("submitted=true name=Ada");
    expect(done.ops).toContainEqual(["p", expect.any(Array), { value: "" }]);
    expect(c.widget("Name").p.value).toBe("");
  });

  it("stops showing a refused value: the error names the input's number", async () => {
    const c = await connect("/");
    const from = c.received.length;
    c.send({ t: "widget", id: c.widget(TEMPERATURE).p.id as string, v: 400 });
    const error = await c.next((m): m is Extract<ServerMsg, { t: "error" }> => m.t === "error", from);
    expect(error).toMatchObject({ code: "bad_value", n: 1 });
    expect(c.widget(TEMPERATURE).p.value).toBe(22);
    await c.set(TEMPERATURE, 25); // the session carries on
    expect(c.texts()).toContain("Temperature in Fahrenheit: 77.0 °F");
  });

  it("tells a reconnecting browser which inputs it holds and which it received; a resent one counts once", async () => {
    const c = await connect("/counter");
    await c.click("Add");
    await c.click("Add");
    await stored(c.session);
    const again = await TestClient.connect("/counter", c.session);
    const hello = await again.next((m): m is Extract<ServerMsg, { t: "hello" }> => m.t === "hello");
    expect(hello).toMatchObject({ ack: 2, seen: 2 });
    await again.done(0);
    const add = again.widget("Add").p.id as string;
    const from = again.received.length;
    again.send({ t: "widget", id: add, v: true, n: 2, re: 1 }); // seen: dropped
    again.send({ t: "widget", id: add, v: true, n: 3, re: 1 }); // lost with the old socket: run
    await again.next((m): m is Done => isDone(m) && m.ack === 3, from);
    expect(again.texts()).toContain("Count: 6"); // 2 presses before, one resent: +2 each
    again.close();
  });

  it("refuses a malformed input number without touching the session", async () => {
    const c = await connect("/");
    for (const n of [-1, 1.5, "3", 2 ** 60]) {
      const from = c.received.length;
      c.send(JSON.stringify({ t: "widget", id: c.widget(TEMPERATURE).p.id, v: 30, n }));
      const error = await c.next((m): m is Extract<ServerMsg, { t: "error" }> => m.t === "error", from);
      expect(error.code).toBe("bad_frame");
    }
    expect(c.widget(TEMPERATURE).p.value).toBe(22);
  });
});
