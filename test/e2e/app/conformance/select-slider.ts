/**
 * Streamlit's e2e_playwright/st_select_slider.py as an edgelit page, without sliders 6, 7
 * and 11 (`label_visibility`, fragments). Options from NumPy, pandas Series and a DataFrame's
 * first column are plain arrays here; `st.write("Value 1:", …)` is one line of text, and the
 * second "Value 1" line Streamlit reads from `st.session_state.first_select_slider` is not
 * there (widget values aren't mirrored into session state). Label 8's callback sets the flag
 * but writes no element (edgelit refuses elements from callbacks).
 */
import { definePage } from "../../../../durable/st/app";
import { reprPair } from "./repr";

const colors = ["red", "orange", "yellow", "green", "blue", "indigo", "violet"];
const oneToFive = [1, 2, 3, 4, 5];

export default definePage("/conformance/select-slider", "Select slider", (st) => {
  const w1 = st.selectSlider("Label 1 (format_func with key and help)", colors, {
    value: ["orange", "blue"],
    formatFunc: (option) => `Color: ${option}`,
    key: "first_select_slider",
    help: "Help in a select slider",
  });
  st.text(`Value 1: ${reprPair(w1)}`);

  st.text(`Value 2: ${st.selectSlider("Label 2 (no default)", oneToFive)}`);

  const w3 = st.selectSlider("Label 3 (default with ints and series)", [1, 2, 3, 4, 5, 6, 7, 8, 9], { value: [2, 5] });
  st.text(`Value 3: ${reprPair(w3)}`);

  st.text(`Value 4: ${st.selectSlider("Label 4 (default with pandas df)", oneToFive, { value: 5 })}`);

  const w5 = st.selectSlider("Label 5 (disabled)", colors, { value: ["orange", "blue"], disabled: true });
  st.text(`Value 5: ${reprPair(w5)}`);

  const w8 = st.selectSlider("Label 8 (on change)", oneToFive, {
    key: "select_slider8",
    onChange: () => st.sessionState.set("select_slider_changed", true),
  });
  st.text(`Value 8: ${w8}`);
  st.text(`Select slider changed: ${st.sessionState.has("select_slider_changed") ? "True" : "False"}`);

  const expander = st.expander("Expander", { expanded: true });
  const w9 = expander.selectSlider("Label 9 (expander)", ["foo", "bar", "baz", "This is a very, very long option"], {
    value: "This is a very, very long option",
  });
  expander.text(`Value 9: ${w9}`);

  const form = st.form("my_form", { clearOnSubmit: true });
  const selection = form.selectSlider("Label 10 (form)", oneToFive);
  form.formSubmitButton("Submit");
  st.text(`select_slider-in-form selection: ${selection}`);

  const runs = st.state("runs", 0);
  runs.value += 1;
  st.text(`Runs: ${runs.value}`);
});
