/**
 * Streamlit's e2e_playwright/st_expander_state.py, and below it the identity check that was
 * test/e2e/app/layout.ts: a different expander landing where another was starts as its own
 * props say, not as the last one was left.
 */
import { definePage } from "../../../../durable/st/app";

export default definePage("/conformance/expander-state", "Expander state", (st) => {
  const b0 = st.button("b0");
  const b1 = st.button("b1");
  if (b0) st.expander("b0_expander", { expanded: false }).write("b0_write");
  if (b1) st.expander("b1_expander", { expanded: false }).write("b1_write");

  st.divider();
  const swap = st.checkbox("Swap expander");
  st.expander(swap ? "Second expander" : "First expander").text(swap ? "inside the second" : "inside the first");
});
