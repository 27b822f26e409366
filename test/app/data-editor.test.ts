/** st.dataEditor as a page sees it (AppTest). */
import { definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";

const scores = [
  { name: "Ada", score: 7, passed: true, since: new Date("2024-01-05T00:00:00Z") },
  { name: "Bo", score: 4, passed: false, since: new Date("2024-02-10T00:00:00Z") },
  { name: "Cy", score: 9, passed: true, since: new Date("2024-03-15T00:00:00Z") },
];

const page = definePage("/", "Editor", (st) => {
  const edited = st.dataEditor(scores, { label: "Scores", numRows: "dynamic", disabled: ["name"] });
  st.json(edited);
  st.text(`types=${edited.map((r) => `${typeof r.score}/${r.since instanceof Date}`).join(",")}`);
  const columns = st.dataEditor(
    { city: ["Oslo", "Lima"], size: [1.5, 2] },
    { key: "cities", columnConfig: { size: { type: "number", min: 0, max: 10, required: true }, city: { type: "select", options: ["Oslo", "Lima", "Rome"] } } },
  );
  st.text(`cities=${JSON.stringify(columns)}`);
  st.text(`original=${scores[0]!.score}`);
});

const json = (at: AppTest) => at.get("json")[0]!.node.p.value as Record<string, unknown>[];
const text = (at: AppTest, prefix: string) => at.text.map((t) => String(t.value)).find((t) => t.startsWith(prefix));

describe("st.dataEditor", () => {
  it("returns the data as given until it is edited, in the shape it came in", async () => {
    const at = await AppTest.run(page);
    expect(json(at)).toEqual(JSON.parse(JSON.stringify(scores)));
    expect(text(at, "cities=")).toBe('cities={"city":["Oslo","Lima"],"size":[1.5,2]}');
    expect(at.dataEditor("Scores").value[0]).toEqual({ name: "Ada", score: 7, passed: true, since: "2024-01-05" });
  });

  it("gives back an edited cell in the column's own type, leaving the page's data alone", async () => {
    const at = await AppTest.run(page);
    await at.dataEditor("Scores").edit(1, "score", 5).edit(1, "since", new Date("2024-04-01T00:00:00Z")).run();
    expect(json(at)[1]).toEqual({ name: "Bo", score: 5, passed: false, since: "2024-04-01T00:00:00.000Z" });
    expect(text(at, "types=")).toBe("types=number/true,number/true,number/true");
    expect(text(at, "original=")).toBe("original=7");
    expect(at.dataEditor("Scores").edits).toEqual({ edited_rows: { 1: { score: 5, since: "2024-04-01" } }, added_rows: [], deleted_rows: [] });
  });

  it("adds and deletes rows as Streamlit applies them: edits, deletions, then additions", async () => {
    const at = await AppTest.run(page);
    await at.dataEditor("Scores").deleteRows([0]).addRow({ score: 1 }).run();
    expect(json(at).map((r) => r.name)).toEqual(["Bo", "Cy", null]);
    expect(json(at)[2]).toEqual({ name: null, score: 1, passed: null, since: null });
    // rows count as the person sees them: row 2 is now the added one
    await at.dataEditor("Scores").edit(2, "passed", true).deleteRows([0]).run();
    expect(at.dataEditor("Scores").edits).toEqual({ edited_rows: {}, added_rows: [{ score: 1, passed: true }], deleted_rows: [0, 1] });
    expect(json(at).map((r) => r.name)).toEqual(["Cy", null]);
  });

  it("finds an editor by its key, and edits columns given as lists", async () => {
    const at = await AppTest.run(page);
    await at.dataEditor("cities").edit(0, "city", "Rome").edit(1, "size", 3.25).run();
    expect(text(at, "cities=")).toBe('cities={"city":["Rome","Lima"],"size":[1.5,3.25]}');
  });

  it("refuses what a browser could not send: disabled, unknown or hidden columns, wrong types, missing rows", async () => {
    const at = await AppTest.run(page);
    const ed = () => at.dataEditor("Scores");
    expect(() => ed().edit(0, "name", "Eve")).toThrow(/column "name": the column is not editable/);
    expect(() => ed().edit(0, "nope", 1)).toThrow(/there is no column "nope"/);
    expect(() => ed().edit(0, "score", "high")).toThrow(/expected a number/);
    expect(() => ed().edit(0, "score", 7.5)).toThrow(/expected a whole number/);
    expect(() => ed().edit(0, "passed", 1)).toThrow(/expected true or false/);
    expect(() => ed().edit(0, "since", "2024-02-30")).toThrow(/YYYY-MM-DD/);
    expect(() => at.dataEditor("cities").edit(0, "size", 11)).toThrow(/more than the maximum 10/);
    expect(() => at.dataEditor("cities").edit(0, "size", null)).toThrow(/a value is required/);
    expect(() => at.dataEditor("cities").edit(0, "city", "Paris")).toThrow(/not one of its options/);
    expect(() => at.dataEditor("cities").addRow({ city: "Oslo", size: 1 })).toThrow(/numRows is "fixed"/);
    expect(() => ed().edit(5, "score", 1)).toThrow(/no row 5/);
    await at.run();
    expect(json(at)).toEqual(JSON.parse(JSON.stringify(scores))); // nothing changed
  });

  it("refuses a configured type that does not suit the column's values, as Streamlit does", async () => {
    const bad = definePage("/", "Bad", (st) => {
      st.dataEditor([{ n: 1 }], { columnConfig: { n: { type: "checkbox" } } });
    });
    const at = await AppTest.run(bad);
    expect(at.exception[0]?.value).toMatch(/column type "checkbox" for column "n" is not compatible for editing its numbers/);
  });

  it("starts again with no edits when the page gives different data, even under a key", async () => {
    const changing = definePage("/", "Changing", (st) => {
      const n = st.state("n", 1);
      const out = st.dataEditor([{ v: n.value }], { key: "ed" });
      st.text(`v=${out[0]!.v}`);
      if (st.button("Next data")) n.value += 1;
    });
    const at = await AppTest.run(changing);
    await at.dataEditor("ed").edit(0, "v", 42).run();
    expect(text(at, "v=")).toBe("v=42");
    await at.button("Next data").click().run();
    await at.run();
    expect(text(at, "v=")).toBe("v=2");
  });

  it("holds its edits in a form until the form is submitted", async () => {
    const inForm = definePage("/", "Form", (st) => {
      const form = st.form("f");
      const out = form.dataEditor([{ a: "x" }], { label: "In form" });
      form.formSubmitButton("Save");
      st.text(`a=${out[0]!.a}`);
    });
    const at = await AppTest.run(inForm);
    at.dataEditor("In form").edit(0, "a", "y");
    await at.run();
    expect(text(at, "a=")).toBe("a=x");
    await at.formSubmitButton("Save").click().run();
    expect(text(at, "a=")).toBe("a=y");
  });

  it("calls onChange with its args when the edits change", async () => {
    const withCallback = definePage("/", "Callback", (st) => {
      const calls = st.state("calls", 0);
      st.dataEditor([{ a: 1 }], { label: "Cb", onChange: (n: number) => void (calls.value += n), args: [10] });
      st.text(`calls=${calls.value}`);
    });
    const at = await AppTest.run(withCallback);
    await at.dataEditor("Cb").edit(0, "a", 2).run();
    expect(text(at, "calls=")).toBe("calls=10");
    await at.run();
    expect(text(at, "calls=")).toBe("calls=10");
  });
});
