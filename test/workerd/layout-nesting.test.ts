import { describe, expect, it } from "vitest";
import { connect } from "./helpers";

describe("layout nesting, as Streamlit allows it", () => {
  it("allows columns inside columns one level deep", async () => {
    const c = await connect("/nesting");
    expect(c.texts()).toEqual(expect.arrayContaining(["columns in columns", "an expander's container"]));
  });

  const refusals: [checkbox: string, message: string][] = [
    ["Columns two levels deep", "AuthorError: Columns can only be placed inside other columns up to one level of nesting."],
    [
      "Columns in sidebar columns",
      "AuthorError: Columns cannot be placed inside other columns in the sidebar. This is only possible in the main area of the app.",
    ],
    ["Expander in an expander", "AuthorError: Expanders may not be nested inside other expanders."],
  ];
  for (const [checkbox, message] of refusals) {
    it(`refuses ${checkbox.toLowerCase()}, saying why`, async () => {
      const c = await connect("/nesting");
      const from = c.received.length;
      c.send({ t: "widget", id: c.widget(checkbox).p.id as string, v: true });
      expect((await c.done(from)).status).toBe("error");
      expect(c.texts()).toContain(message);
    });
  }
});
