/**
 * Streamlit's e2e_playwright/st_expander.py, without the icon expanders (edgelit's
 * expanders take no icon) and with the number input read back by the page instead of set
 * from session state (edgelit doesn't mirror widget values into session state). The label
 * "_Expand_ **me**!" shows as written: edgelit's labels are plain text.
 */
import { definePage } from "../../../../durable/st/app";

const LONG_LABEL =
  "Expand me! Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vestibulum arcu nisl, tincidunt id " +
  "orci id, condimentum cursus nunc. Nullam sed sodales ipsum, vel tincidunt dui. Etiam diam " +
  "dolor, eleifend sit amet purus id, dictum aliquam quam.";

export default definePage("/conformance/expander", "Expander", (st) => {
  st.sidebar.expander("Expand me!").write("I am in the sidebar");

  const expander = st.expander("Collapse me!", { expanded: true });
  expander.write("I can collapse");
  expander.slider("I don't get cut off");
  expander.button("I'm also not cut off (while focused)");

  st.expander("_Expand_ **me**!").write("I am already collapsed");

  st.expander("Empty expander");

  const withInput = st.expander("Expander with number input", { expanded: true });
  withInput.write("* Example list item");
  const value = withInput.numberInput("number", { value: 1.0, step: 0.01, key: "number" });

  st.text(value.toFixed(1));
  if (st.button("Print State Value")) st.text(value.toFixed(1));

  st.expander(LONG_LABEL, { expanded: true }).write(
    "I can collapse. " +
      "Integer et justo orci. In euismod posuere nulla ac maximus. Mauris tristique hendrerit " +
      "placerat. Integer eu imperdiet ipsum. Praesent maximus pharetra est, ut ultrices ante " +
      "molestie id. Nulla sollicitudin arcu orci, eget lobortis lacus ultricies eu. Ut suscipit est " +
      "eget tellus laoreet faucibus. Nullam nec blandit felis. Nulla ullamcorper, justo eget " +
      "consequat ultricies, nisi dolor lacinia mauris, eu lacinia ante nisi sit amet tortor.",
  );
  st.expander(LONG_LABEL).write("I am already collapsed");
});
