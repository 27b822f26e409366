/** Streamlit's e2e_playwright/st_expander_nested.py, without the image (edgelit has no st.image). */
import { definePage } from "../../../../durable/st/app";

export default definePage("/conformance/expander-nested", "Expander nested", (st) => {
  const level1 = st.expander("See explanation");
  level1.write("First level expander");
  const level2 = level1.expander("Nested expander");
  level2.write("Second level expander");
});
