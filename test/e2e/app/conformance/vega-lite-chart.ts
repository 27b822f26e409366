/**
 * Streamlit's e2e_playwright/st_vega_lite_chart.py. numpy's seeded 200 × a, b, c frame is a
 * seeded generator's; pandas frames are rows. Streamlit's keyword-argument spec
 * (`mark="bar", x_field=…`) and `datasets` holding a frame have no counterpart: the same plot
 * is given as a spec with `datasets` of rows instead. `width="content"` becomes the spec's own width.
 */
import { definePage } from "../../../../durable/st/app";
import { seeded } from "./chart-frames";

/** numpy's randn, seeded, to three decimals */
function randn(seed: number) {
  const { randn: next } = seeded(seed);
  return () => Math.round(next() * 1000) / 1000;
}

export default definePage("/conformance/vega-lite-chart", "Vega-Lite chart", (st) => {
  const r = randn(0);
  const df = Array.from({ length: 200 }, () => ({ a: r(), b: r(), c: r() }));
  const spec = {
    mark: "circle",
    encoding: {
      x: { field: "a", type: "quantitative" },
      y: { field: "b", type: "quantitative" },
      size: { field: "c", type: "quantitative" },
      color: { field: "c", type: "quantitative" },
    },
  };
  const interactiveSpec = {
    data: {
      values: [
        { a: "A", b: 28 },
        { a: "B", b: 55 },
        { a: "C", b: 43 },
        { a: "D", b: 91 },
        { a: "E", b: 81 },
        { a: "F", b: 53 },
        { a: "G", b: 19 },
        { a: "H", b: 87 },
        { a: "I", b: 52 },
      ],
    },
    width: 400,
    params: [
      { name: "highlight", select: { type: "point", on: "mouseover" } },
      { name: "select", select: "point" },
    ],
    mark: { type: "bar", fill: "#4C78A8", stroke: "black", cursor: "pointer", tooltip: true },
    encoding: {
      x: { field: "a", type: "ordinal" },
      y: { field: "b", type: "quantitative" },
      fillOpacity: { condition: { param: "select", value: 1 }, value: 0.3 },
      strokeWidth: {
        condition: [
          { param: "select", empty: false, value: 2 },
          { param: "highlight", empty: false, value: 1 },
        ],
        value: 0,
      },
    },
    config: { scale: { bandPaddingInner: 0.2 } },
  };

  st.vegaLiteChart(spec, { data: df });
  st.vegaLiteChart(interactiveSpec);

  // Screenshot comparison
  st.header("Different ways to get the exact same plot");
  const abcd = ["A", "B", "C", "D"].map((a, i) => ({ a, b: [28, 55, 43, 91][i]! }));
  const bar = { mark: "bar", encoding: { x: { field: "a", type: "ordinal" }, y: { field: "b", type: "quantitative" } } };

  st.write("Using a top-level `df` and a `spec` dict:");
  st.vegaLiteChart(bar, { data: abcd });
  st.write("Putting the `df` inside the spec, as a `dataset`:");
  st.vegaLiteChart({ datasets: { foo: abcd }, data: { name: "foo" }, ...bar });
  st.write("Putting the `df` inside the spec, as inline `data`:");
  st.vegaLiteChart({ data: { values: abcd }, ...bar });

  st.write("Show streamlit theme:");
  st.vegaLiteChart(spec, { data: df, theme: "streamlit" });
  st.write("Show default theme:");
  st.vegaLiteChart(spec, { data: df, theme: null });
  st.write("Show custom colors:");
  st.vegaLiteChart({ ...bar, config: { background: "purple", axis: { labelColor: "blue" } } }, { data: df });

  // empty chart
  st.vegaLiteChart({ mark: "line", encoding: { x: { field: "a", type: "quantitative" }, y: { field: "b", type: "quantitative" } } });

  let dfData = { VALUE: [420, 380, 390], DATE: [50, 60, 70] };
  if (st.button("change")) dfData = { VALUE: [420, 380, 600, 390], DATE: [50, 60, 70, 80] };
  st.dataframe(dfData);
  const line = st.vegaLiteChart(
    {
      autosize: { type: "fit", contains: "padding", resize: true },
      title: "test",
      layer: [
        {
          layer: [{ mark: "line" }],
          encoding: {
            x: { field: "DATE", title: "", type: "quantitative" },
            y: { field: "VALUE", title: "", type: "quantitative" },
          },
        },
      ],
    },
    { data: dfData, theme: "streamlit" },
  );
  // edgelit's addition: add_rows on a Vega-Lite chart
  if (st.button("add a point")) line.addRows([{ VALUE: 500, DATE: 90 }]);
  // edgelit's addition: the height option
  st.vegaLiteChart(bar, { data: abcd, height: 200 });
});
