/**
 * Browser-side state follows identity, not position (Streamlit's e2e_playwright
 * st_expander_test / st_tabs_test: an expander keeps its own open state; a tab stays
 * selected by its label when the labels change).
 */
import { definePage } from "../../../durable/st/app";

export default definePage("/layout", "Layout", (st) => {
  const swap = st.checkbox("Swap expander");
  const expander = st.expander(swap ? "Second expander" : "First expander");
  expander.text(swap ? "inside the second" : "inside the first");
  const renamed = st.checkbox("Add a tab in front");
  const tabs = st.tabs(renamed ? ["Tab 0", "Tab 1", "Tab 2"] : ["Tab 1", "Tab 2"]);
  tabs.forEach((tab, i) => tab.text(`content of ${renamed ? `Tab ${i}` : `Tab ${i + 1}`}`));
});
