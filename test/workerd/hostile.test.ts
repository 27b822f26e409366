import { describe, expect, it } from "vitest";
import type { ErrorCode, ServerMsg } from "../../protocol/messages";
import type { TestClient } from "./client";
import { connect, sessionData } from "./helpers";

type ErrorMsg = Extract<ServerMsg, { t: "error" }>;

/** Sends a raw frame and returns the error frame it is answered with. */
async function refusal(c: TestClient, frame: string | ArrayBuffer): Promise<ErrorMsg> {
  const from = c.received.length;
  c.ws.send(frame);
  return c.next((m): m is ErrorMsg => m.t === "error", from);
}

describe("hostile frames", () => {
  it("answers every malformed, unknown or ill-fitting frame with an error frame and changes nothing", async () => {
    const c = await connect("/dashboard");
    const id = (label: string) => c.widget(label).p.id as string;
    const w = (wid: string, v: unknown) => JSON.stringify({ t: "widget", id: wid, v });
    const cases: [string, string | ArrayBuffer, ErrorCode][] = [
      ["not JSON", "{nope", "bad_frame"],
      ["a JSON array", "[1,2]", "bad_frame"],
      ["a non-string tag", '{"t":5}', "bad_frame"],
      ["an unknown tag", '{"t":"hack"}', "unknown_message"],
      ["a widget frame without id", '{"t":"widget","v":1}', "bad_frame"],
      ["a huge id", w("x".repeat(5000), 1), "bad_frame"],
      ["an unknown widget id", w("w-nope", 1), "unknown_widget"],
      ["an inherited property as id", w("__proto__", 1), "unknown_widget"],
      ["a radio index past the options", w(id("Analysis Mode"), 7), "bad_value"],
      ["a radio index of the wrong type", w(id("Analysis Mode"), "Advanced"), "bad_value"],
      ["a fractional radio index", w(id("Analysis Mode"), 0.5), "bad_value"],
      ["an impossible date", w(id("Reporting Period"), ["2026-02-30"]), "bad_value"],
      ["a reversed date range", w(id("Reporting Period"), ["2026-05-02", "2026-05-01"]), "bad_value"],
      ["three dates for a range", w(id("Reporting Period"), ["2026-05-01", "2026-05-02", "2026-05-03"]), "bad_value"],
      ["a number where a date goes", w(id("Reporting Period"), 20260501), "bad_value"],
      ["a form's widget sent on its own", w(id("Forecast horizon (days)"), 40), "bad_value"],
      ["a value that is an object", '{"t":"widget","id":"a","v":{"x":1}}', "bad_value"],
      ["a deeply nested value", `{"t":"widget","id":"a","v":${"[".repeat(5000)}${"]".repeat(5000)}}`, "bad_value"],
      ["NaN smuggled as a huge number", '{"t":"widget","id":"a","v":1e999}', "bad_value"],
      ["a submit for another form's button", JSON.stringify({ t: "submit", form: "other", button: id("Run Forecast"), values: {} }), "bad_value"],
      ["a submit whose button is not a submit button", JSON.stringify({ t: "submit", form: "forecast_parameters", button: id("Analysis Mode"), values: {} }), "bad_value"],
      ["a submit with an out-of-range value", JSON.stringify({ t: "submit", form: "forecast_parameters", button: id("Run Forecast"), values: { [id("Forecast horizon (days)")]: 365 } }), "bad_value"],
      ["a submit with text too long", JSON.stringify({ t: "submit", form: "forecast_parameters", button: id("Run Forecast"), values: { [id("Target metric")]: 5 } }), "bad_value"],
      ["navigation to no page", '{"t":"nav","page":"/nope"}', "unknown_page"],
      ["navigation to a URL", '{"t":"nav","page":"https://evil.example/"}', "bad_frame"],
      ["a binary frame", new TextEncoder().encode('{"t":"rerun"}').buffer as ArrayBuffer, "bad_frame"],
      ["a frame over 1 MiB", JSON.stringify({ t: "widget", id: "a", v: "x".repeat(1024 * 1024) }), "too_large"],
    ];
    const before = await sessionData(c.session);
    const treeBefore = JSON.stringify(c.tree);
    for (const [what, frame, code] of cases) {
      const err = await refusal(c, frame);
      expect(err.code, what).toBe(code);
      expect(err.message.length, what).toBeGreaterThan(10);
    }
    const after = await sessionData(c.session);
    expect(after.widgets).toEqual(before.widgets);
    expect(after.state).toEqual(before.state);
    expect(after.run).toBe(before.run); // not one run was started
    expect(JSON.stringify(c.tree)).toBe(treeBefore);

    // and the session still works
    await c.set("Analysis Mode", 1);
    expect(c.widget("Analysis Mode").p.value).toBe(1);
  });

  it("refuses a slider value outside its range, off its step, or of the wrong type", async () => {
    const c = await connect("/");
    const slider = c.widget("Set temperature (°C)").p.id as string;
    for (const v of [51, -21, 22.5, "22", true, null, [20, 30]]) {
      const err = await refusal(c, JSON.stringify({ t: "widget", id: slider, v }));
      expect(err.code, JSON.stringify(v)).toBe("bad_value");
      expect(err.id).toBe(slider);
    }
    expect(c.widget("Set temperature (°C)").p.value).toBe(22);
    expect((await sessionData(c.session)).widgets[slider]).toBe(22);
  });
});
