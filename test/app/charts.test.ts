/**
 * barChart, areaChart, scatterChart and vegaLiteChart as a page sees them (AppTest): data
 * from rows or columns, long data split by a colour column, stacking options, scatter sizes,
 * Vega-Lite data values, and addRows appending to a chart in place.
 */
import { definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";
import { barChartPage, scatterChartPage } from "../e2e/app/conformance/charts";

const rows = [
  { city: "Oslo", "2025": 3, "2026": 5 },
  { city: "Bergen", "2025": 2, "2026": null },
];

describe("st.barChart", () => {
  it("draws a series per y column over the x column, stacked unless told otherwise", async () => {
    const at = await AppTest.run(definePage("/", "Bars", (st) => void st.barChart(rows, { x: "city" })));
    const [bars] = at.barChart;
    expect(bars?.x).toEqual(["Oslo", "Bergen"]);
    expect(bars?.series).toEqual({ "2025": [3, 2], "2026": [5, null] });
    expect(bars?.stack).toBe(true);
    expect(bars?.horizontal).toBe(false);
    expect(bars?.xLabel).toBe("city");
  });

  it("groups with stack false, sideways with horizontal, and refuses a stack it doesn't know", async () => {
    const page = definePage("/", "Bars", (st) => {
      st.barChart(rows, { x: "city", stack: false, horizontal: true });
      if (st.checkbox("bad")) st.barChart(rows, { stack: "sideways" as never });
    });
    const at = await AppTest.run(page);
    expect(at.barChart[0]).toMatchObject({ stack: false, horizontal: true });
    await at.checkbox("bad").check().run();
    expect(at.exception[0]?.value).toMatch(/stack must be true, false, "normalize", "center" or "layered"/);
  });

  it("splits long data into a series per value of the colour column, sharing x", async () => {
    const long = [
      { variety: "Trebi", site: "Morris", yield: 40 },
      { variety: "Trebi", site: "Waseca", yield: 50 },
      { variety: "Velvet", site: "Morris", yield: 30 },
    ];
    const at = await AppTest.run(definePage("/", "Long", (st) => void st.barChart(long, { x: "variety", y: "yield", color: "site" })));
    expect(at.barChart[0]?.x).toEqual(["Trebi", "Velvet"]);
    expect(at.barChart[0]?.series).toEqual({ Morris: [40, 30], Waseca: [50, null] });
    expect(at.barChart[0]?.yLabel).toBe("yield");
  });

  it("refuses long data whose groups over its x values are more than a chart can draw", async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => ({ x: i, y: i, g: `g${i}` }));
    const at = await AppTest.run(definePage("/", "Too many", (st) => void st.barChart(rows, { x: "x", y: "y", color: "g" })));
    expect(at.exception[0]?.value).toMatch(/1001 groups of "g" over 1001 x values is more than a chart can draw/);
  });

  it("takes a colour per series, and names what is wrong with a colour that is neither a column nor hex", async () => {
    const page = definePage("/", "Colours", (st) => {
      st.barChart(rows, { x: "city", color: ["#ff0000", "#00f"] });
      if (st.checkbox("bad")) st.barChart(rows, { x: "city", color: "red; background:url(x)" });
    });
    const at = await AppTest.run(page);
    expect(at.barChart[0]?.node.p.colors).toEqual(["#ff0000", "#00f"]);
    await at.checkbox("bad").check().run();
    expect(at.exception[0]?.value).toMatch(/color "red; background:url\(x\)" is neither a column nor a "#rrggbb" colour/);
  });

  it("adds rows in place when the conformance page's button is pressed, keeping colours, stack and orientation", async () => {
    const at = await AppTest.run(barChartPage);
    const last = () => at.barChart.at(-1)!;
    expect(last().x).toEqual([]);
    await at.button("Add data to Bar Chart").click().run();
    expect(at.barChart).toHaveLength(19);
    expect(last().x).toEqual(["A", "B", "C", "D", "E"]);
    expect(last().series["Bar 1"]).toEqual([10, 30, 50, 70, 90]);
    expect(last()).toMatchObject({ stack: false, horizontal: true, height: 300 });
    expect(last().node.p.colors).toEqual(["#800080", "#0000FF"]);
  });
});

describe("a chart's addRows", () => {
  it("appends rows to the same chart, a column only one side has left empty on the other", async () => {
    const page = definePage("/", "Live", (st) => {
      const c = st.lineChart([{ t: 0, a: 1 }], { x: "t" });
      st.text("after");
      c.addRows([{ t: 1, a: 2, b: 5 }]);
      c.addRows({ t: [2], a: [3] });
    });
    const at = await AppTest.run(page);
    expect(at.elements.map((e) => e.kind)).toEqual(["lineChart", "text"]);
    expect(at.lineChart[0]?.x).toEqual([0, 1, 2]);
    expect(at.lineChart[0]?.series).toEqual({ a: [1, 2, 3], b: [null, 5, null] });
  });

  it("is a placeholder holding the chart, as the other elements' handles are", async () => {
    const page = definePage("/", "Swap", (st) => {
      const c = st.barChart([1, 2]);
      st.text("after");
      if (st.checkbox("swap")) c.text("no chart today");
    });
    const at = await AppTest.run(page);
    await at.checkbox("swap").check().run();
    expect(at.elements.map((e) => e.kind)).toEqual(["text", "text", "checkbox"]);
    expect(at.text[0]?.value).toBe("no chart today");
  });

  it("leaves the chart as it was when the added rows are bad", async () => {
    const page = definePage("/", "Bad rows", (st) => {
      const c = st.areaChart({ a: [1, 2] });
      try {
        c.addRows([{ a: "three" as unknown as number }]);
      } catch (err) {
        st.text((err as Error).message);
      }
    });
    const at = await AppTest.run(page);
    expect(at.areaChart[0]?.series).toEqual({ a: [1, 2] });
    expect(at.text[0]?.value).toBe('areaChart: column "a" row 2 is "three", not a number.');
  });

  it("can't add rows once the run is over", async () => {
    let chart: { addRows(d: number[]): void } | undefined;
    const at = await AppTest.run(definePage("/", "Late", (st) => void (chart = st.barChart([1, 2]))));
    expect(at.barChart[0]?.series).toEqual({ value: [1, 2] });
    expect(() => chart!.addRows([3])).toThrow(/This page run has finished/);
  });
});

describe("st.areaChart", () => {
  it("stacks by default and takes false, normalize and center", async () => {
    const page = definePage("/", "Areas", (st) => {
      for (const stack of [undefined, false, "normalize", "center"] as const) st.areaChart({ a: [1, 2], b: [2, 1] }, { stack });
    });
    const at = await AppTest.run(page);
    expect(at.areaChart.map((c) => c.stack)).toEqual([true, false, "normalize", "center"]);
  });
});

describe("st.scatterChart", () => {
  it("keeps every row a point, splits them by a colour column and scales them by a size column", async () => {
    const points = [
      { h: 1.8, w: 80, age: 30, team: "red" },
      { h: 1.8, w: 70, age: 40, team: "blue" },
      { h: 1.6, w: 60, age: 20, team: "red" },
    ];
    const at = await AppTest.run(definePage("/", "Points", (st) => void st.scatterChart(points, { x: "h", y: "w", size: "age", color: "team" })));
    const [c] = at.scatterChart;
    expect(c?.x).toEqual([1.8, 1.8, 1.6]);
    expect(c?.series).toEqual({ red: [80, null, 60], blue: [null, 70, null] });
    expect(c?.size).toEqual({ name: "age", values: [30, 40, 20] });
  });

  it("does not draw the size column as a series, and takes a fixed area", async () => {
    const page = definePage("/", "Points", (st) => {
      st.scatterChart({ x: [1, 2], y: [3, 4], s: [5, 6] }, { x: "x", size: "s" });
      st.scatterChart({ x: [1, 2], y: [3, 4] }, { x: "x", size: 64 });
    });
    const at = await AppTest.run(page);
    expect(Object.keys(at.scatterChart[0]!.series)).toEqual(["y"]);
    expect(at.scatterChart[1]?.size).toBe(64);
  });

  it("draws Streamlit's scatter page: an empty chart, and the accessible name given as alt", async () => {
    const at = await AppTest.run(scatterChartPage);
    expect(at.scatterChart).toHaveLength(15);
    expect(at.scatterChart[0]?.series).toEqual({});
    expect(at.scatterChart[13]?.node.p.alt).toBe("Scatter chart of columns a, b, and c");
  });
});

describe("st.vegaLiteChart", () => {
  const spec = { mark: "bar", encoding: { x: { field: "a", type: "ordinal" }, y: { field: "b", type: "quantitative" } } };

  it("puts rows given as data into the spec's data values, leaving the author's spec untouched", async () => {
    const page = definePage("/", "Vega", (st) => {
      st.vegaLiteChart(spec, { data: { a: ["x", "y"], b: [1, 2] } });
      st.text(JSON.stringify(spec).includes("values") ? "changed" : "untouched");
    });
    const at = await AppTest.run(page);
    const [c] = at.vegaLiteChart;
    expect(c?.values).toEqual([
      { a: "x", b: 1 },
      { a: "y", b: 2 },
    ]);
    expect(c?.spec.mark).toBe("bar");
    expect(c?.theme).toBe("streamlit");
    expect(at.text[0]?.value).toBe("untouched");
  });

  it("adds rows to the spec's own inline values, and to data given beside it", async () => {
    const page = definePage("/", "Vega", (st) => {
      st.vegaLiteChart({ ...spec, data: { values: [{ a: "x", b: 1 }] } }, { theme: null }).addRows([{ a: "y", b: 2 }]);
      st.vegaLiteChart(spec, { data: [{ a: "p", b: 3 }] }).addRows({ a: ["q"], b: [4] });
    });
    const at = await AppTest.run(page);
    expect(at.vegaLiteChart[0]?.values.map((r) => r.a)).toEqual(["x", "y"]);
    expect(at.vegaLiteChart[0]?.theme).toBeNull();
    expect(at.vegaLiteChart[1]?.values).toEqual([
      { a: "p", b: 3 },
      { a: "q", b: 4 },
    ]);
  });

  it("refuses a spec that is not an object, or can't be sent as JSON", async () => {
    const page = definePage("/", "Vega", (st) => {
      const which = st.radio("which", ["array", "cycle"]);
      const cyclic: Record<string, unknown> = { mark: "bar" };
      cyclic.self = cyclic;
      st.vegaLiteChart(which === "array" ? ([] as unknown as Record<string, unknown>) : cyclic);
    });
    const at = await AppTest.run(page);
    expect(at.exception[0]?.value).toMatch(/the spec must be an object/);
    await at.radio("which").set("cycle").run();
    expect(at.exception[0]?.value).toMatch(/can't be sent as JSON/);
  });
});

describe("st.scatterChart's numeric colour column", () => {
  it("shades the points by its values instead of splitting them into series", async () => {
    const rows = [
      { x: 1, y: 2, heat: 0.5 },
      { x: 2, y: 3, heat: 0.9 },
    ];
    const at = await AppTest.run(definePage("/", "Shaded", (st) => void st.scatterChart(rows, { x: "x", y: "y", color: "heat" })));
    expect(at.scatterChart[0]?.series).toEqual({ y: [2, 3] });
    expect(at.scatterChart[0]?.shade).toEqual({ name: "heat", values: [0.5, 0.9] });
  });
});
