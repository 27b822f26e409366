/**
 * Streamlit's e2e_playwright/st_sidebar.py. The bar chart is a line chart (edgelit's only
 * chart) over fixed data; "overwrite me" is written into an `empty()` (edgelit's elements
 * return nothing to overwrite). Two more pages open with the sidebar expanded and collapsed
 * (`setPageConfig({ initialSidebarState })`).
 */
import type { PageConfig } from "../../../../protocol/elements";
import { definePage } from "../../../../durable/st/app";
import type { St } from "../../../../durable/st/st";

const data = {
  a: Array.from({ length: 20 }, (_, i) => (i * 7) % 20),
  b: Array.from({ length: 20 }, (_, i) => (i * 11 + 3) % 20),
  c: Array.from({ length: 20 }, (_, i) => (i * 13 + 5) % 20),
};

function page(st: St) {
  const w1 = st.sidebar.dateInput("Label 1", { value: "1970-01-01" });
  st.text(`Value 1: ${w1}`);
  const w2 = st.sidebar.dateInput("Label 2", { value: new Date("2019-07-06T21:15:00Z") });
  st.text(`Value 2: ${w2}`);

  const x = st.sidebar.empty();
  x.text("overwrite me");
  x.text("overwritten");
  st.sidebar.textInput("type here");

  st.sidebar.header("hello world");
  st.sidebar.markdown("hello world");
  st.sidebar.lineChart(data);
}

const withSidebar = (state: PageConfig["sidebar"]) => (st: St) => {
  st.setPageConfig({ initialSidebarState: state });
  st.sidebar.text(`The sidebar started ${state}.`);
  st.text(`initialSidebarState: ${state}`);
};

export default definePage("/conformance/sidebar", "Sidebar", page);
export const sidebarExpanded = definePage("/conformance/sidebar-expanded", "Sidebar expanded", withSidebar("expanded"));
export const sidebarCollapsed = definePage("/conformance/sidebar-collapsed", "Sidebar collapsed", withSidebar("collapsed"));
