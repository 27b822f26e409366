/** st.selectSlider as a page sees it (AppTest): one option or a pair, formatFunc, forms. */
import { definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";

const colors = ["red", "orange", "yellow", "green", "blue", "indigo", "violet"];

const page = definePage("/", "Select slider", (st) => {
  st.text(`size=${st.selectSlider("Size", [1, 2, 3, 4, 5])}`);
  const [from, to] = st.selectSlider("Colors", colors, { value: ["blue", "orange"], formatFunc: (c) => `Color: ${c}` });
  st.text(`colors=${from}..${to}`);
  const form = st.form("f", { clearOnSubmit: true });
  const inForm = form.selectSlider("In form", ["s", "m", "l"]);
  form.formSubmitButton("Submit");
  st.text(`in form=${inForm}`);
  if (st.checkbox("no options")) st.selectSlider("Empty", []);
  if (st.checkbox("unknown value")) st.selectSlider("Unknown", colors, { value: "pink" });
});

const texts = (at: AppTest) => at.text.map((t) => t.value);

describe("st.selectSlider", () => {
  it("returns its first option by default, and a pair put in order when the value is a pair", async () => {
    const at = await AppTest.run(page);
    expect(texts(at)).toContain("size=1");
    expect(texts(at)).toContain("colors=orange..blue");
    expect(at.selectSlider("Colors").value).toEqual(["Color: orange", "Color: blue"]);
  });

  it("takes an option, or a pair, by its shown text", async () => {
    const at = await AppTest.run(page);
    await at.selectSlider("Size").set("4").run();
    expect(texts(at)).toContain("size=4");
    await at.selectSlider("Colors").set(["Color: red", "Color: violet"]).run();
    expect(texts(at)).toContain("colors=red..violet");
  });

  it("refuses a reversed pair, and one option where a pair goes", async () => {
    const at = await AppTest.run(page);
    expect(() => at.selectSlider("Colors").set(["Color: violet", "Color: red"])).toThrow(/0 ≤ i ≤ j ≤ 6/);
    expect(() => at.selectSlider("Colors").set("Color: red")).toThrow(/expected \[i, j\]/);
    expect(() => at.selectSlider("Size").set(["1", "2"])).toThrow(/expected an option index/);
  });

  it("inside a form waits for the submit, and a clearing form shows its default again", async () => {
    const at = await AppTest.run(page);
    at.selectSlider("In form").set("l");
    await at.run();
    expect(texts(at)).toContain("in form=s");
    await at.formSubmitButton("Submit").click().run();
    expect(texts(at)).toContain("in form=l");
    expect(at.selectSlider("In form").value).toBe("s");
  });

  it("says the options may not be empty, and a value must be one of them", async () => {
    const at = await AppTest.run(page);
    await at.checkbox("no options").check().run();
    expect(at.exception[0]?.value).toMatch(/"Empty": the options must not be empty/);
    await at.checkbox("no options").uncheck().run();
    await at.checkbox("unknown value").check().run();
    expect(at.exception[0]?.value).toMatch(/the value "pink" is not one of the options/);
  });
});
