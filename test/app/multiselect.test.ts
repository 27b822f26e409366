/** st.multiselect as a page sees it (AppTest): the options themselves, defaults, maxSelections, forms. */
import { definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";

interface Fruit {
  id: number;
  name: string;
}
const fruits: Fruit[] = [
  { id: 1, name: "apple" },
  { id: 2, name: "pear" },
  { id: 3, name: "plum" },
];

const page = definePage("/", "Multiselect", (st) => {
  const drinks = st.multiselect("Drinks", ["coffee", "tea", "water"], { default: ["tea", "water"] });
  st.text(`drinks=${JSON.stringify(drinks)}`);
  const picked = st.multiselect("Fruit", fruits, { formatFunc: (f) => f.name, default: { id: 2, name: "pear" } });
  st.text(`fruit ids=${picked.map((f) => f.id).join(",")} same object=${picked[0] === fruits[1]}`);
  st.text(`one=${JSON.stringify(st.multiselect("Just one", ["male", "female"], { maxSelections: 1 }))}`);
  const changes = st.state("changes", 0);
  st.multiselect("Watched", ["a", "b"], { onChange: (by: number) => (changes.value += by), args: [1] });
  st.text(`changes=${changes.value}`);
  const form = st.form("f");
  const inForm = form.multiselect("In form", ["x", "y", "z"]);
  form.formSubmitButton("Submit");
  st.text(`in form=${JSON.stringify(inForm)}`);
  if (st.checkbox("too many defaults")) st.multiselect("Too many", ["male", "female"], { default: ["male", "female"], maxSelections: 1 });
  if (st.checkbox("unknown default")) st.multiselect("Unknown", ["male", "female"], { default: "other" });
});

const texts = (at: AppTest) => at.text.map((t) => t.value);

describe("st.multiselect", () => {
  it("returns the chosen options themselves, starting from its default (a list, or one option found by value)", async () => {
    const at = await AppTest.run(page);
    expect(texts(at)).toContain('drinks=["tea","water"]');
    expect(texts(at)).toContain("fruit ids=2 same object=true");
    expect(at.multiselect("Fruit").value).toEqual(["pear"]);
  });

  it("keeps the order the options were chosen in; select and unselect add and take away", async () => {
    const at = await AppTest.run(page);
    await at.multiselect("Drinks").set(["water", "coffee"]).run();
    expect(texts(at)).toContain('drinks=["water","coffee"]');
    await at.multiselect("Drinks").unselect("water").select("tea").run();
    expect(texts(at)).toContain('drinks=["coffee","tea"]');
    await at.multiselect("Drinks").set([]).run();
    expect(texts(at)).toContain("drinks=[]");
  });

  it("refuses an option twice, an unknown option and more than maxSelections, as the session would", async () => {
    const at = await AppTest.run(page);
    expect(() => at.multiselect("Drinks").set(["tea", "tea"])).toThrow(/chosen twice/);
    expect(() => at.multiselect("Drinks").set(["milk"])).toThrow(/no option "milk"/);
    expect(() => at.multiselect("Just one").set(["male", "female"])).toThrow(/at most 1 option may be chosen/);
    await at.multiselect("Just one").select("female").run();
    expect(texts(at)).toContain('one=["female"]');
  });

  it("runs its callback with its args when its value changes", async () => {
    const at = await AppTest.run(page);
    await at.multiselect("Watched").select("b").run();
    expect(texts(at)).toContain("changes=1");
    await at.run();
    expect(texts(at)).toContain("changes=1");
  });

  it("inside a form holds its choices until the form is submitted", async () => {
    const at = await AppTest.run(page);
    at.multiselect("In form").select("z").select("x");
    await at.run();
    expect(texts(at)).toContain("in form=[]");
    await at.formSubmitButton("Submit").click().run();
    expect(texts(at)).toContain('in form=["z","x"]');
  });

  it("says when the default has more options than maxSelections allows, or names one that is not an option", async () => {
    const at = await AppTest.run(page);
    await at.checkbox("too many defaults").check().run();
    expect(at.exception[0]?.value).toMatch(/"Too many" has 2 options selected but maxSelections is set to 1/);
    await at.checkbox("too many defaults").uncheck().run();
    await at.checkbox("unknown default").check().run();
    expect(at.exception[0]?.value).toMatch(/the default value "other" is not part of the options/);
  });
});
