/**
 * Streamlit's e2e_playwright/st_toggle.py. Toggles 7 and 8 (`label_visibility`) are
 * left out: edgelit has no hidden labels. Toggle 4 prints its return value where
 * Streamlit reads `st.session_state.toggle4` (widget values are not mirrored into state).
 */
import { definePage } from "../../../../durable/st/app";
import { repr } from "./repr";

export default definePage("/conformance/toggle", "Toggle", (st) => {
  const i1 = st.toggle("toggle 1 (True)", { value: true });
  st.text(`toggle 1 - value: ${repr(i1)}`);

  const i2 = st.toggle("toggle 2 (False)", { value: false });
  st.text(`toggle 2 - value: ${repr(i2)}`);

  const i3 = st.toggle(
    "toggle 3: This is a really really really really long label that should wrap eventually if we keep addding more text to it ",
  );
  st.text(`toggle 3 - value: ${repr(i3)}`);

  const i4 = st.toggle("toggle 4 (with callback)", {
    key: "toggle4",
    onChange: () => st.sessionState.set("toggle_clicked", true),
  });
  st.text(`toggle 4 - value: ${repr(i4)}`);
  st.text(`toggle 4 - clicked: ${repr(st.sessionState.has("toggle_clicked"))}`);

  const i5 = st.toggle("toggle 5 (False, disabled)", { disabled: true });
  st.text(`toggle 5 - value: ${repr(i5)}`);

  const i6 = st.toggle("toggle 6 (True, disabled)", { value: true, disabled: true });
  st.text(`toggle 6 - value: ${repr(i6)}`);

  const group = st.expander("Grouped toggles", { expanded: true });
  group.toggle("toggle group - 1");
  group.toggle("toggle group - 2");
  group.toggle("toggle group - 3");
  group.text("A non-toggle element");
});
