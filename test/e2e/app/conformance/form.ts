/**
 * Streamlit's e2e_playwright/st_form.py as an edgelit page: the same forms, labels and
 * "<Widget>: value" lines (booleans as Python prints them). Form 1 holds the widgets edgelit
 * has (no multiselect, select slider, text area or time input); forms 4 and 5 (submit
 * button icons) are left out. After Streamlit's forms come two the port adds: one that
 * clears on submit, and a submit button with a callback.
 */
import { definePage } from "../../../../durable/st/app";

const py = (b: boolean) => (b ? "True" : "False");

export default definePage("/conformance/form", "Form", (st) => {
  const form1 = st.form("form_1");
  const checkbox = form1.checkbox("Checkbox", { value: false });
  const dateInput = form1.dateInput("Date Input", { value: "2019-07-06" });
  const numberInput = form1.numberInput("Number Input", { value: 0, step: 0.01 });
  const radio = form1.radio("Radio", ["foo", "bar", "baz"]);
  const selectbox = form1.selectbox("Selectbox", ["foo", "bar", "baz"]);
  const slider = form1.slider("Slider", { min: 0, max: 100, value: 0 });
  const textInput = form1.textInput("Text Input", { value: "foo" });
  const toggle = form1.toggle("Toggle Input", { value: false });
  form1.formSubmitButton("Submit");

  st.text(`Checkbox: ${py(checkbox)}`);
  st.text(`Date Input: ${dateInput}`);
  st.text(`Number Input: ${numberInput.toFixed(1)}`);
  st.text(`Radio: ${radio}`);
  st.text(`Selectbox: ${selectbox}`);
  st.text(`Slider: ${slider}`);
  st.text(`Text Input: ${textInput}`);
  st.text(`Toggle Input: ${py(toggle)}`);

  const form2 = st.form("form_2");
  form2.text("Inside form 2");
  form2.textInput("Form 2 - Text Input");
  const [col1, col2] = form2.columns(2);
  col1.formSubmitButton("Form 2 - Submit (use_container_width, help)", { help: "Submit by clicking" });
  col2.formSubmitButton("Form 2 - Submit 2 (use_container_width)");

  const form3 = st.form("form_3", { border: false });
  form3.text("Inside form 3 (border=False)");
  form3.textInput("Form 3 - Text Input");
  form3.formSubmitButton("Form 3 - Submit (use_container_width)");

  const form6 = st.form("form_6");
  form6.text("Inside form 6 - Submit on Enter");
  form6.textInput("Form 6 - Text Input");
  const submitted6 = form6.formSubmitButton("Form 6 - First Submit");
  const submitted6b = form6.formSubmitButton("Form 6 - Second Submit", { disabled: true });
  if (submitted6 || submitted6b) form6.text("Form 6 submitted");

  const form7 = st.form("form_7");
  form7.text("Inside form 7");
  form7.textInput("Form 7 - Text Input");
  const submitted7 = form7.formSubmitButton("Form 7 - Disables Submit on Enter", { disabled: true });
  const submitted7b = form7.formSubmitButton("Form 7 - Second Submit");
  if (submitted7 || submitted7b) form7.text("Form 7 submitted");

  const form8 = st.form("form_8", { enterToSubmit: false });
  form8.text("Inside form 8");
  const number8 = form8.numberInput("Form 8 - Number Input", { min: 0, max: 100, step: 1 });
  const submitted8 = form8.formSubmitButton("Form 8 - Submit");
  if (submitted8) form8.text("Form 8 submitted");
  st.text(`Form 8 value: ${number8}`);

  // Not in st_form.py: clear_on_submit, and a submit button's callback.
  const clearing = st.form("form_clear", { clearOnSubmit: true });
  const note = clearing.textInput("Note", { value: "draft" });
  const day = clearing.dateInput("Day", { value: "2019-07-06" });
  const level = clearing.slider("Level", { min: 0, max: 10, value: 5 });
  clearing.formSubmitButton("Send and clear");
  st.text(`Submitted: ${note} / ${day} / ${level}`);

  const sends = st.state("sends", 0);
  const counted = st.form("form_callback");
  const who = counted.textInput("Who", { value: "nobody" });
  counted.formSubmitButton("Count", {
    onClick: (by: number) => {
      sends.value += by;
    },
    args: [1],
  });
  st.text(`Sends: ${sends.value}, last by ${who}`);
});
