/**
 * Streamlit's e2e_playwright/st_slider.py as an edgelit page: the same labels, values and
 * texts, without the sliders edgelit has no counterpart for (dates, times, `format=`,
 * `label_visibility`, fragments). A pair prints as Python prints a tuple.
 */
import { definePage } from "../../../../durable/st/app";

const pair = ([lo, hi]: [number, number]) => `(${lo}, ${hi})`;

export default definePage("/conformance/slider", "Slider", (st) => {
  const s1 = st.sidebar.slider("Label A", { min: 0, max: 12345678, value: 12345678 });
  st.sidebar.text(`Value A: ${s1}`);

  const r1 = st.sidebar.slider("Range A", { min: 10000, max: 25000, value: [10000, 25000] });
  st.sidebar.text(`Range Value A: ${pair(r1)}`);

  const expander = st.sidebar.expander("Expander", { expanded: true });
  const s2 = expander.slider("Label B", { min: 10000, max: 25000, value: 10000 });
  expander.text(`Value B: ${s2}`);
  const r2 = expander.slider("Range B", { min: 10000, max: 25000, value: [10000, 25000] });
  expander.text(`Range Value B: ${pair(r2)}`);

  // Streamlit's "Label 1" is a date range carrying the help tooltip; the tooltip moves here.
  const w2 = st.slider("Label 2", { min: 0, max: 100, value: [25, 75], step: 0.5, help: "This is some help tooltip!" });
  st.text(`Value 2: ${pair(w2)}`);

  const w3 = st.slider(
    "Label 3 - This is a very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very very long label",
    { min: 0, max: 100, value: 1, step: 1 },
  );
  st.text(`Value 3: ${w3}`);

  const w4 = st.slider("Label 4", { min: 10000, max: 25000, value: 10000, disabled: true });
  st.text(`Value 4: ${w4}`);

  const changed = st.state("slider_changed", false);
  const w8 = st.slider("Label 8", {
    min: 0,
    max: 100,
    value: 25,
    step: 1,
    key: "slider8",
    onChange: () => {
      changed.value = true;
    },
  });
  st.text(`Value 8: ${w8}`);
  st.text(`Slider changed: ${changed.value ? "True" : "False"}`);

  const form = st.form("my_form", { clearOnSubmit: true });
  const selection = form.slider("Label 9", { min: 0, max: 100, value: 25, step: 1, key: "slider9" });
  form.formSubmitButton("Submit");
  st.text(`slider-in-form selection: ${selection}`);

  // Streamlit's "Slider 11" starts at 0.05, off its 0.2 steps, and formats with "%f%%";
  // edgelit keeps a value on its steps and has no format strings, so it starts at 0.
  const s11 = st.slider("Slider 11 (float)", { min: 0, max: 1, value: 0, step: 0.2 });
  st.text(`Slider 11: ${s11}`);
});
