/** Streamlit's e2e_playwright/st_tabs.py. */
import { definePage } from "../../../../durable/st/app";

export default definePage("/conformance/tabs", "Tabs", (st) => {
  const [tab1, tab2, tab3] = st.tabs(["Tab 1", "Tab 2", "Tab 3"]);
  tab1.write("tab1");
  tab1.textInput("Text input");
  tab2.write("tab2");
  tab2.numberInput("Number input", { value: 0.0, step: 0.01 });
  tab3.write("tab3");
  tab3.dateInput("Date input");

  st.expander("Expander", { expanded: true }).tabs(Array.from({ length: 25 }, (_, i) => `Tab ${i}`));

  const [sidebarTab1, sidebarTab2] = st.sidebar.tabs(["Foo", "Bar"]);
  sidebarTab1.write("I am in the sidebar");
  sidebarTab2.write("I'm also in the sidebar");
});
