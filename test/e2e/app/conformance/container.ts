/**
 * Streamlit's e2e_playwright/st_container.py, without the scrolling containers and chat
 * messages (edgelit's containers have no height; it has no chat elements) and the key
 * (edgelit's containers take none). Below it, an empty container, bordered and not.
 */
import { definePage } from "../../../../durable/st/app";

export default definePage("/conformance/container", "Container", (st) => {
  const container = st.container();
  st.write("Line 1");
  container.write("Line 2");
  container.write("Line 3");
  st.write("Line 4");

  if (st.button("Step 2: Press me")) st.header("Pressed!");
  const c = st.container();
  if (c.checkbox("Step 1: Check me")) c.title("Checked!");

  const bordered = st.container({ border: true });
  bordered.markdown(
    "This is inside a container with a border. And it doesn't overflow the borders if the text requires multiple lines.",
  );
  bordered.button("Stretch full width");

  st.text("Above the empty containers");
  st.container();
  st.container({ border: true });
  st.text("Below the empty containers");
});
