/**
 * Streamlit's e2e_playwright/st_checkbox.py. Checkboxes 7 and 8 (`label_visibility`) are
 * left out: edgelit has no hidden labels. Checkbox 4 prints its return value where
 * Streamlit reads `st.session_state.checkbox4` (widget values are not mirrored into state).
 */
import { definePage } from "../../../../durable/st/app";
import { repr } from "./repr";

const leadingIndentCodeTooltip = `
Code:

    This
    is
    a
    code
    block!`;

export default definePage("/conformance/checkbox", "Checkbox", (st) => {
  const i1 = st.checkbox("checkbox 1 (True)", { value: true, help: leadingIndentCodeTooltip });
  st.text(`checkbox 1 - value: ${repr(i1)}`);

  const i2 = st.checkbox("checkbox 2 (False)", { value: false });
  st.text(`checkbox 2 - value: ${repr(i2)}`);

  const i3 = st.checkbox(
    "checkbox 3: This is a really really really really long label that should wrap eventually if we keep addding more text to it",
  );
  st.text(`checkbox 3 - value: ${repr(i3)}`);

  const i4 = st.checkbox("checkbox 4 (with callback)", {
    key: "checkbox4",
    onChange: () => st.sessionState.set("checkbox_clicked", true),
  });
  st.text(`checkbox 4 - value: ${repr(i4)}`);
  st.text(`checkbox 4 - clicked: ${repr(st.sessionState.has("checkbox_clicked"))}`);

  const i5 = st.checkbox("checkbox 5 (False, disabled)", { disabled: true });
  st.text(`checkbox 5 - value: ${repr(i5)}`);

  const i6 = st.checkbox("checkbox 6 (True, disabled)", { value: true, disabled: true });
  st.text(`checkbox 6 - value: ${repr(i6)}`);

  const group = st.expander("Grouped checkboxes", { expanded: true });
  group.checkbox("checkbox group - 1");
  group.checkbox("checkbox group - 2");
  group.checkbox("checkbox group - 3");
  group.text("A non-checkbox element");
});
