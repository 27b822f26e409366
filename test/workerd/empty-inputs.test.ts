/**
 * Streamlit's number and text inputs with no value given, or `value=None`
 * (e2e_playwright/st_number_input_test.py, st_text_input_test.py): what the page gets and
 * what the browser is told it may send.
 */
import { describe, expect, it } from "vitest";
import type { ServerMsg } from "../../protocol/messages";
import type { TestClient } from "./client";
import { connect } from "./helpers";

type ErrorMsg = Extract<ServerMsg, { t: "error" }>;

function refusal(c: TestClient, label: string, v: unknown): Promise<ErrorMsg> {
  const from = c.received.length;
  c.ws.send(JSON.stringify({ t: "widget", id: c.widget(label).p.id, v }));
  return c.next((m): m is ErrorMsg => m.t === "error", from);
}

describe("inputs with no value or an empty one", () => {
  it("a number input given no numbers is a float stepping by 0.01 (Streamlit's 0.0), and can't be emptied", async () => {
    const c = await connect("/empty-inputs");
    const plain = c.widget("Plain").p;
    expect([plain.value, plain.integer, plain.step, plain.clearable]).toEqual([0, false, 0.01, undefined]);
    await c.set("Plain", 0.25);
    expect(c.texts()).toContain('plain=0.25 maybe=null note=null');
    expect((await refusal(c, "Plain", null)).code).toBe("bad_value");
  });

  it("a number input that starts empty says so, is an integer when its min is one, and takes null again", async () => {
    const c = await connect("/empty-inputs");
    const maybe = c.widget("Maybe").p;
    expect([maybe.value, maybe.integer, maybe.step, maybe.clearable]).toEqual([null, true, 1, true]);
    await c.set("Maybe", 15);
    expect(c.texts()).toContain("plain=0 maybe=15 note=null");
    expect((await refusal(c, "Maybe", 1.5)).code).toBe("bad_value");
    await c.set("Maybe", null);
    expect(c.texts()).toContain("plain=0 maybe=null note=null");
  });

  it("a text input with value null returns null until something is entered, then text, and \"\" when emptied", async () => {
    const c = await connect("/empty-inputs");
    expect(c.widget("Note").p.value).toBeNull();
    await c.set("Note", "hello world");
    expect(c.texts()).toContain('plain=0 maybe=null note="hello world"');
    await c.set("Note", "");
    expect(c.texts()).toContain('plain=0 maybe=null note=""');
  });
});
