import { describe, expect, it } from "vitest";
import { connect, sessionData } from "./helpers";

describe("dateInput as Streamlit's date_input behaves", () => {
  it("a required date the person emptied is its default again, and the browser is told so", async () => {
    const c = await connect("/dates");
    await c.set("Required", "2020-06-06");
    expect(c.texts()).toContain("required=2020-06-06");
    const done = await c.set("Required", null);
    expect(c.texts()).toContain("required=2020-05-05");
    // the browser sent null, so the default goes back as a patch
    expect(done.ops.map((op) => JSON.stringify(op[2]))).toContain('{"value":"2020-05-05"}');
    expect(c.widget("Required").p.value).toBe("2020-05-05");
    expect(Object.values((await sessionData(c.session)).widgets)).toContain("2020-05-05");
  });

  it("offers a Clear button for a date that may be null and for a range, not for a required date", async () => {
    const c = await connect("/dates");
    expect(c.widget("Required").p.clearable).toBeUndefined();
    expect(c.widget("Optional").p.clearable).toBe(true);
    expect(c.widget("Period").p.clearable).toBe(true);
    await c.set("Period", ["2020-05-07"]);
    expect(c.texts()).toContain('period=["2020-05-07"]');
    await c.set("Period", []);
    expect(c.texts()).toContain("period=[]");
  });

  it("moves the default 'today' into min–max", async () => {
    const c = await connect("/dates");
    expect(c.texts()).toContain("today=2000-01-01");
  });

  it("refuses a default outside min–max as the author's mistake", async () => {
    const c = await connect("/dates");
    const from = c.received.length;
    c.send({ t: "widget", id: c.widget("Default before min").p.id as string, v: true });
    expect((await c.done(from)).status).toBe("error");
    const exception = c.all().find((n) => n.k === "exception");
    expect(exception?.p.message).toMatch(/2019-12-31 must lie between min 2020-01-01/);
  });
});
