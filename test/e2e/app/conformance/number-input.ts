/**
 * Streamlit's e2e_playwright/st_number_input.py as an edgelit page: the same labels and texts,
 * without `label_visibility` (inputs 7 and 8). JavaScript has one kind of number, so a float
 * prints as 0, not 0.0; None is printed for null as Python prints it.
 */
import { definePage } from "../../../../durable/st/app";

const py = (v: number | null) => (v === null ? "None" : String(v));

export default definePage("/conformance/number-input", "Number input", (st) => {
  const v1 = st.numberInput("number input 1 (default)", { help: "Help text" });
  st.text(`number input 1 (default) - value: ${py(v1)}`);

  const v2 = st.numberInput("number input 2 (value=1)", { value: 1 });
  st.text(`number input 2 (value=1) - value: ${py(v2)}`);

  const v3 = st.numberInput("number input 3 (min & max)", { min: 1, max: 10 });
  st.text(`number input 3 (min & max) - value: ${py(v3)}`);

  const v4 = st.numberInput("number input 4 (step=2)", { step: 2 });
  st.text(`number input 4 (step=2) - value: ${py(v4)}`);

  const v5 = st.numberInput("number input 5 (max=10)", { max: 10 });
  st.text(`number input 5 (max=10) - value: ${py(v5)}`);

  const v6 = st.numberInput("number input 6 (disabled=True)", { disabled: true });
  st.text(`number input 6 (disabled=True) - value: ${py(v6)}`);

  const changed = st.state("number_input_changed", false);
  const v9 = st.numberInput("number input 9 (on_change)", {
    key: "number_input_9",
    onChange: () => {
      changed.value = true;
    },
  });
  st.text(`number input 9 (on_change) - value: ${py(v9)}`);
  st.text(`number input 9 (on_change) - changed: ${changed.value ? "True" : "False"}`);

  const [col1] = st.columns(6);
  const v10 = col1.numberInput("number input 10 (small width)", { max: 10 });
  col1.text(`number input 10 (small width) - value: ${py(v10)}`);

  const v11 = st.numberInput("number input 11 (value=None)", { value: null, placeholder: "Type a number..." });
  st.text(`number input 11 (value=None) - value: ${py(v11)}`);

  // Streamlit starts this one at 10 from st.session_state; edgelit's widget values are not
  // set through session state, so it starts empty like number input 11.
  const v12 = st.numberInput("number input 12 (value=None & min=1)", { value: null, min: 1 });
  st.text(`number input 12 (value=None & min=1) - value: ${py(v12)}`);
});
