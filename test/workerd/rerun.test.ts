import { describe, expect, it } from "vitest";
import { type ServerMsg, statusOf } from "../../protocol/messages";
import { TestClient } from "./client";
import { connect, sessionData } from "./helpers";

describe("the rerun model", () => {
  it("runs the page on connect and paints the whole tree", async () => {
    const c = await connect("/");
    expect(c.texts()).toContain("Understanding Streamlit's Re-Run Model");
    expect(c.texts()).toContain("Temperature in Fahrenheit: 71.6 °F");
    expect(c.texts()).toContain("Comfortable temperature range.");
  });

  it("reruns with the new slider value and sends only what changed", async () => {
    const c = await connect("/");
    const slider = c.widget("Set temperature (°C)");
    const before = JSON.stringify(c.tree);
    const done = await c.set("Set temperature (°C)", 40);
    expect(c.texts()).toContain("Temperature in Fahrenheit: 104.0 °F");
    expect(c.texts()).toContain("That's dangerously hot. Stay hydrated and limit outdoor exposure.");
    expect(c.texts()).not.toContain("Comfortable temperature range.");
    // the metric's value and delta, the alert — nothing else: the slider's value is the one
    // the browser sent, so it is not echoed (the "last ran at" line only when the clock ticked)
    expect(done.ops.find((op) => JSON.stringify(op[2]) === '{"value":40}')).toBeUndefined();
    expect(done.ack).toBeGreaterThan(0);
    expect(c.widget("Set temperature (°C)").p.value).toBe(40);
    const patched = done.ops.map((op) => JSON.stringify(op[2]));
    expect(patched).toContain('{"value":"104.0 °F","delta":"40 °C input"}');
    expect(done.ops.length).toBeLessThanOrEqual(3);
    expect(patched.join()).not.toContain("Understanding");
    expect(before).toContain(slider.p.id as string);
  });

  it("runs callbacks with their args before the page body", async () => {
    const c = await connect("/counter");
    await c.click("Add");
    expect(c.texts()).toContain("Count: 2");
    const log = (await sessionData(c.session)).state.log as string[];
    expect(log).toEqual(["body count=0", "callback +2", "body count=2"]);
  });

  it("makes a button true for exactly one run", async () => {
    const c = await connect("/counter");
    await c.click("Press");
    expect(c.texts()).toContain("pressed: true");
    await c.act({ t: "rerun" });
    expect(c.texts()).toContain("pressed: false");
  });

  it("drops the value of a widget that a completed run did not render", async () => {
    const c = await connect("/removal");
    await c.set("Show extra", true);
    await c.set("Extra", "kept?");
    expect(c.widget("Extra").p.value).toBe("kept?");
    await c.set("Show extra", false);
    await c.set("Show extra", true);
    expect(c.widget("Extra").p.value).toBe("");
  });

  it("shows an exception in the app and keeps the session working", async () => {
    const c = await connect("/errors");
    const from = c.received.length;
    c.send({ t: "widget", id: c.widget("Boom").p.id as string, v: true });
    const failed = await c.done(from);
    expect(failed.status).toBe("error");
    expect(c.texts()).toContain("Error: kaboom");
    expect(c.texts()).not.toContain("after");
    const exception = c.all().find((n) => n.k === "exception")!;
    expect((exception.p.stack as string[]).length).toBeGreaterThan(0);
    await c.set("Boom", false);
    expect(c.texts()).toEqual(expect.arrayContaining(["before", "after"]));
    expect(c.texts()).not.toContain("Error: kaboom");
  });

  it("names the widget when two have the same identity", async () => {
    const c = await TestClient.connect("/duplicate");
    const done = await c.done(0);
    c.close();
    expect(done.status).toBe("error");
    expect(c.texts().join("\n")).toMatch(/multiple `slider` widgets with the same identity \(label "Same"/);
  });

  it("reruns on st.rerun() and keeps what was written before st.stop()", async () => {
    const c = await connect("/control");
    await c.next((m): m is Extract<typeof m, { t: "done" }> => m.t === "done" && m.status === undefined);
    expect(c.texts()).toEqual(expect.arrayContaining(["runs=2", "end"]));
    const from = c.received.length;
    c.send({ t: "widget", id: c.widget("Stop").p.id as string, v: true });
    expect((await c.done(from)).status).toBe("stopped");
    expect(c.texts()).toContain("runs=3");
  });

  it("submits a form in one run and clears it when asked", async () => {
    const c = await connect("/form");
    const name = c.widget("Name").p.id as string;
    const send = c.widget("Send").p.id as string;
    await c.act({ t: "submit", form: "f", button: send, values: { [name]: "Ada" } });
    expect(c.texts()).toContain("submitted=true name=Ada");
    expect(c.widget("Name").p.value).toBe("");
    await c.act({ t: "rerun" });
    expect(c.texts()).toContain("submitted=false name=");
  });

  it("tells the browser which forms Enter must not submit (enterToSubmit: false)", async () => {
    const c = await connect("/form-options");
    const forms = c.all().filter((n) => n.k === "form");
    expect(forms.map((n) => [n.p.id, n.p.enterToSubmit])).toEqual([["typed", false], ["entered", undefined]]);
  });
});

describe("control signals a page cannot swallow", () => {
  it("honours st.rerun() that the page's own try/catch caught", async () => {
    const c = await connect("/caught");
    const from = c.received.length;
    c.send({ t: "widget", id: c.widget("Rerun, caught").p.id as string, v: true });
    await c.next((m): m is Extract<ServerMsg, { t: "done" }> => m.t === "done" && statusOf(m) === "ok" && m.run > 2, from);
    expect(c.texts()).toContain("n=1"); // the rerun happened: the new count is shown
  });

  it("honours st.stop() that the page caught, even when it returns right after", async () => {
    const c = await connect("/caught");
    const from = c.received.length;
    c.send({ t: "widget", id: c.widget("Stop, caught").p.id as string, v: true });
    await c.done(from, "stopped"); // not "ok": the stop was honoured (what was shown stays, as in Streamlit)
  });
});
