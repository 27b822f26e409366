/**
 * Streamlit's e2e_playwright/st_bar_chart.py, st_area_chart.py and st_scatter_chart.py, one
 * page each. numpy's seeded random frames become a seeded generator of the same shapes
 * (20 × a, b, c normal values; 100 rows of the colour frame); vega_datasets' barley and
 * unemployment sets are small made-up frames with the same columns. Streamlit's `width` and
 * `sort` arguments have no counterpart and are left out of those calls.
 */
import { definePage } from "../../../../durable/st/app";
import { barley, frames, unemployment } from "./chart-frames";

export const barChartPage = definePage("/conformance/bar-chart", "Bar chart", (st) => {
  const { df, utc, color, rand } = frames(0);
  st.header("Bar Chart");
  st.barChart();
  st.barChart(df);
  st.barChart(df, { x: "a" });
  st.barChart(df, { y: "a" });
  st.barChart(df, { y: ["a", "b"] });
  st.barChart(df, { x: "a", y: "b", height: 500 });
  st.barChart(df, { x: "b", y: "a" });
  st.barChart(df, { x: "a", y: ["b", "c"] });
  st.barChart(utc, { x: "index" });
  st.barChart(color, { x: "a", y: "b", color: "e" });
  st.barChart(df, { xLabel: "X Axis Label", yLabel: "Y Axis Label" });
  st.barChart(df, { horizontal: true });
  st.barChart(df, { horizontal: true, xLabel: "X Label", yLabel: "Y Label" });

  // Additional tests for stacking options
  const source = barley(rand);
  st.barChart(source, { x: "variety", y: "yield", color: "site", stack: true });
  st.barChart(source, { x: "variety", y: "yield", color: "site", stack: false });
  st.barChart(source, { x: "variety", y: "yield", color: "site", stack: "normalize" });
  st.barChart(source, { x: "variety", y: "yield", color: "site", stack: "center" });
  st.barChart(source, { x: "variety", y: "yield", color: "site", stack: "layered" });

  // add_rows keeps the chart's styling: colours, height, horizontal, stack
  const emptyBar = st.barChart(
    { index: [], "Bar 1": [], "Bar 2": [] },
    { x: "index", y: ["Bar 1", "Bar 2"], color: ["#800080", "#0000FF"], height: 300, stack: false, horizontal: true },
  );
  if (st.button("Add data to Bar Chart")) {
    emptyBar.addRows(["A", "B", "C", "D", "E"].map((index, i) => ({ index, "Bar 1": 10 + i * 20, "Bar 2": 90 - i * 15 })));
  }
});

export const areaChartPage = definePage("/conformance/area-chart", "Area chart", (st) => {
  const { df, utc, color, rand } = frames(0);
  st.header("Area Chart");
  st.areaChart();
  st.areaChart(df);
  st.areaChart(df, { x: "a" });
  st.areaChart(df, { y: "a" });
  st.areaChart(df, { y: ["a", "b"] });
  st.areaChart(df, { x: "a", y: "b", height: 500 });
  st.areaChart(df, { x: "b", y: "a" });
  st.areaChart(df, { x: "a", y: ["b", "c"] });
  st.areaChart(utc, { x: "index" });
  st.areaChart(color, { x: "a", y: "b", color: "e" });
  st.areaChart(df, { xLabel: "X Axis Label", yLabel: "Y Axis Label" });

  // Additional tests for stacking options
  const five = frames(5).df;
  st.areaChart(five, { color: ["#ffaa00", "#3399ff", "#009900"], stack: false });
  const source = unemployment(rand);
  st.areaChart(source, { x: "date", y: "count", color: "series", stack: true });
  st.areaChart(source, { x: "date", y: "count", color: "series", stack: "normalize" });
  st.areaChart(source, { x: "date", y: "count", color: "series", stack: "center" });

  const emptyArea = st.areaChart({ "Area 1": [], "Area 2": [] }, { y: ["Area 1", "Area 2"], color: ["#800080", "#0000FF"], height: 300, stack: "center" });
  if (st.button("Add data to Area Chart")) {
    emptyArea.addRows(Array.from({ length: 10 }, (_, i) => ({ "Area 1": 1 + (i % 3), "Area 2": 2 + (i % 2) })));
  }
});

export const scatterChartPage = definePage("/conformance/scatter-chart", "Scatter chart", (st) => {
  const { df, utc, color } = frames(0);
  st.header("Scatter Chart");
  st.scatterChart();
  st.scatterChart(df);
  st.scatterChart(df, { x: "a" });
  st.scatterChart(df, { y: "a" });
  st.scatterChart(df, { y: ["a", "b"] });
  st.scatterChart(df, { x: "a", y: "b", height: 500 });
  st.scatterChart(df, { x: "b", y: "a" });
  st.scatterChart(df, { x: "a", y: ["b", "c"] });
  st.scatterChart(utc, { x: "index" });
  st.scatterChart(color, { x: "a", y: "b", color: "e" });
  // Additional tests for size parameter (only for scatter_chart)
  st.scatterChart(color, { x: "a", y: "b", size: "d", color: "e" });
  st.scatterChart(color, { x: "a", y: "b", size: "d", color: "c" });
  st.scatterChart(df, { xLabel: "X Axis Label", yLabel: "Y Axis Label" });
  st.scatterChart(df, { alt: "Scatter chart of columns a, b, and c" });
  st.scatterChart(df);
});
