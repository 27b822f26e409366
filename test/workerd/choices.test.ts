/**
 * multiselect and selectSlider at the boundary: a value no browser of this page could send
 * (the wrong type, an index past the options, an option twice, more than maxSelections, a
 * reversed range) is refused with an error frame naming the widget, and the session's
 * values and page stay as they were.
 */
import { describe, expect, it } from "vitest";
import type { WireValue } from "../../protocol/elements";
import type { ServerMsg } from "../../protocol/messages";
import type { TestClient } from "./client";
import { connect, sessionData } from "./helpers";

type ErrorMsg = Extract<ServerMsg, { t: "error" }>;

const START = ['drinks=["tea"]', "colors=orange..yellow", "size=M", "extras=[]"];

function refusal(c: TestClient, frame: unknown): Promise<ErrorMsg> {
  const from = c.received.length;
  c.ws.send(JSON.stringify(frame));
  return c.next((m): m is ErrorMsg => m.t === "error", from);
}

const widget = (c: TestClient, label: string, v: unknown) => ({ t: "widget", id: c.widget(label).p.id, v });

describe("multiselect and selectSlider refuse what no browser of theirs could send", () => {
  const cases: [what: string, label: string, v: unknown, reason: RegExp][] = [
    ["one index where a list goes", "Drinks", 1, /expected a list of option indices/],
    ["option texts where indices go", "Drinks", ["coffee"], /expected option indices from 0 to 3/],
    ["an index past the options", "Drinks", [4], /expected option indices from 0 to 3/],
    ["a negative index", "Drinks", [-1], /expected option indices/],
    ["a fractional index", "Drinks", [0.5], /expected option indices/],
    ["an option twice", "Drinks", [0, 0], /option 0 is chosen twice/],
    ["more than maxSelections", "Drinks", [0, 1, 2], /at most 2 options may be chosen/],
    ["null", "Drinks", null, /expected a list/],
    ["one index where a range goes", "Colors", 1, /expected \[i, j\]/],
    ["a reversed range", "Colors", [2, 1], /0 ≤ i ≤ j ≤ 3/],
    ["a range past the options", "Colors", [1, 4], /0 ≤ i ≤ j ≤ 3/],
    ["three ends", "Colors", [0, 1, 2], /expected \[i, j\]/],
    ["a range where one option goes", "Size", [0, 1], /expected an option index from 0 to 2/],
    ["an option's text", "Size", "L", /expected an option index/],
    ["an index past the options", "Size", 3, /expected an option index/],
  ];

  it.each(cases)("refuses %s (%s)", async (_what, label, v, reason) => {
    const c = await connect("/choices");
    const before = (await sessionData(c.session)).widgets;
    const error = await refusal(c, widget(c, label, v));
    expect(error.code).toBe("bad_value");
    expect(error.id).toBe(c.widget(label).p.id);
    expect(error.message).toContain(`"${label}"`);
    expect(error.message).toMatch(reason);
    expect((await sessionData(c.session)).widgets).toEqual(before);
    expect(c.texts()).toEqual(START);
  });

  it("refuses too many choices submitted with a form, and keeps the form's values", async () => {
    const c = await connect("/choices");
    const before = (await sessionData(c.session)).widgets;
    const error = await refusal(c, {
      t: "submit",
      form: "order",
      button: c.widget("Order").p.id,
      values: { [c.widget("Extras").p.id as string]: [0, 1] },
    });
    expect(error).toMatchObject({ code: "bad_value", id: c.widget("Extras").p.id });
    expect(error.message).toMatch(/at most 1 option may be chosen/);
    expect((await sessionData(c.session)).widgets).toEqual(before);
    expect(c.texts()).toEqual(START);
  });

  it("takes what a browser sends: chosen indices in order, an ordered range, an index", async () => {
    const c = await connect("/choices");
    const set = (label: string, v: WireValue) => c.set(label, v);
    await set("Drinks", [3, 0]);
    await set("Colors", [0, 3]);
    await set("Size", 2);
    await c.act({ t: "submit", form: "order", button: c.widget("Order").p.id as string, values: { [c.widget("Extras").p.id as string]: [1] } });
    expect(c.texts()).toEqual(['drinks=["juice","coffee"]', "colors=red..green", "size=L", 'extras=["sugar"]']);
  });
});
