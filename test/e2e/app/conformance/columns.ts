/**
 * Streamlit's e2e_playwright/st_columns.py. Images become texts (edgelit has no st.image);
 * the vertical-alignment expanders are left out (edgelit's columns have no
 * vertical_alignment).
 */
import { definePage } from "../../../../durable/st/app";

const LOREM_IPSUM =
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.";

export default definePage("/conformance/columns", "Columns", (st) => {
  {
    const [c1, c2, c3] = st.columns(3);
    c1.write(LOREM_IPSUM);
    c2.write(LOREM_IPSUM);
    c3.write(LOREM_IPSUM);
  }
  {
    const [, , c3] = st.columns(3);
    c3.write(LOREM_IPSUM);
  }

  st.expander("Variable-width columns (relative numbers)", { expanded: true })
    .columns([0.6, 0.3, 0.1])
    .forEach((c, i) => c.text(`relative ${i + 1}`));
  st.expander("Variable-width columns (absolute numbers)", { expanded: true })
    .columns([1, 2, 3, 4])
    .forEach((c, i) => c.text(`absolute ${i + 1}`));

  for (const gap of ["small", "medium", "large"] as const) {
    st.expander(`Column gap ${gap}`, { expanded: true })
      .columns(3, { gap })
      .forEach((c, i) => c.text(`${gap} ${i + 1}`));
  }

  {
    const nested = st.expander("Nested columns - one level", { expanded: true });
    const [col1, col2] = nested.columns(2);
    const [sub1, sub2] = col1.columns(2);
    sub1.write(LOREM_IPSUM);
    sub2.write(LOREM_IPSUM);
    col1.write("");
    col1.write(LOREM_IPSUM);
    const [sub3, sub4] = col2.columns(2);
    sub3.write(LOREM_IPSUM);
    sub4.write(LOREM_IPSUM);
    col2.write("");
    const [sub5, sub6] = col2.columns(2);
    sub5.write(LOREM_IPSUM);
    sub6.write(LOREM_IPSUM);
  }

  if (st.button("Nested columns - two levels (raises exception)")) {
    const [col1] = st.columns(2);
    const [subcol1, subcol2] = col1.columns(2);
    subcol1.write(LOREM_IPSUM);
    const [subsubcol1, subsubcol2] = subcol1.columns(2);
    subsubcol1.write(LOREM_IPSUM);
    subsubcol2.write(LOREM_IPSUM);
    subcol2.write(LOREM_IPSUM);
    st.write(LOREM_IPSUM);
  }

  if (st.button("Nested columns - in sidebar (raises exception)")) {
    const [col1, col2] = st.sidebar.columns(2);
    col1.textInput("Text input 1");
    col2.textInput("Text input 2");
    const [col3, col4] = col1.columns(2);
    col3.textInput("Text input 3");
    col4.textInput("Text input 4");
    st.sidebar.textInput("Text input 5");
  }
});
