/**
 * Streamlit's e2e_playwright/st_multiselect.py as an edgelit page, without multiselects 7
 * and 8 (`label_visibility`). Multiselect 9's bad state came from writing two options into
 * `st.session_state["multiselect 9"]`; edgelit doesn't mirror widget values into session
 * state, so the checkbox here draws a multiselect whose default has two options for
 * maxSelections 1 — the same error. Multiselect 11 prints its return value where Streamlit
 * reads `st.session_state.multiselect11`.
 */
import { definePage } from "../../../../durable/st/app";
import { reprList } from "./repr";

const options = ["male", "female"];

export default definePage("/conformance/multiselect", "Multiselect", (st) => {
  const i1 = st.multiselect("multiselect 1", options, { placeholder: "Please select", help: "Help text" });
  st.text(`value 1: ${reprList(i1)}`);

  const i2 = st.multiselect("multiselect 2", options, { formatFunc: (x) => x.charAt(0).toUpperCase() + x.slice(1) });
  st.text(`value 2: ${reprList(i2)}`);

  const i3 = st.multiselect("multiselect 3", []);
  st.text(`value 3: ${reprList(i3)}`);

  const i4 = st.multiselect("multiselect 4", ["coffee", "tea", "water"], { default: ["tea", "water"] });
  st.text(`value 4: ${reprList(i4)}`);

  const long = [0, 1, 2, 3, 4].map(
    (x) => `${x} I am a ridiculously long string to have in a multiselect, so perhaps I should just not wrap and go to the next line.`,
  );
  const i5 = st.multiselect("multiselect 5", long);
  st.text(`value 5: ${reprList(i5)}`);

  const i6 = st.multiselect("multiselect 6", options, { disabled: true });
  st.text(`value 6: ${reprList(i6)}`);

  const bad = st.checkbox("set_multiselect_9");
  const i9 = st.multiselect("multiselect 9", options, { maxSelections: 1, key: "multiselect 9", ...(bad ? { default: options } : {}) });
  st.text(`value 9: ${reprList(i9)}`);

  const form = st.form("my_max_selections_ms_in_form");
  const i10 = form.multiselect("multiselect 10", options, { maxSelections: 1, key: "multiselect 10" });
  form.text(`value 10: ${reprList(i10)}`);
  form.formSubmitButton("Submit");

  const i11 = st.multiselect("multiselect 11", options, {
    key: "multiselect11",
    onChange: () => st.sessionState.set("multiselect_changed", true),
  });
  st.text(`value 11: ${reprList(i11)}`);
  st.text(`multiselect changed: ${st.sessionState.has("multiselect_changed") ? "True" : "False"}`);

  const cols = st.columns(5);
  const i12 = cols[0]!.multiselect("multiselect 12", ["A long option"], { default: "A long option" });
  st.text(`value 12: ${reprList(i12)}`);
});
