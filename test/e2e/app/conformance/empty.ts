/** Streamlit's e2e_playwright/st_empty.py. */
import { definePage } from "../../../../durable/st/app";

export default definePage("/conformance/empty", "Empty", (st) => {
  st.text("The space between this...");
  st.text("..and this should be the same as between this...");
  st.empty();
  st.text("...and this");

  const replaceHello = st.button("Click here to replace text with a chart!");
  const replaceChart = st.button("Click here to replace chart with st.write with `placeholder.container`!");
  const emptyIt = st.button("Empty the placeholder!");

  const placeholder = st.empty();
  placeholder.text("Hello");
  st.text("last element");

  if (replaceHello) placeholder.lineChart({ data: [1, 5, 2, 6] });
  if (replaceChart) {
    const c = placeholder.container();
    c.write("This is one element");
    c.write("This is another");
  }
  if (emptyIt) placeholder.empty();
});
