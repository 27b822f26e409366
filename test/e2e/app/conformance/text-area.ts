/** Streamlit's e2e_playwright/st_text_area.py (what edgelit has of it; see text-area.test.ts). */
import { definePage } from "../../../../durable/st/app";

export default definePage("/conformance/text-area", "Text area", (st) => {
  st.text(`value 1: ${st.textArea("text area 1 (default)")}`);
  st.text(`value 2: ${st.textArea("text area 2 (value='some text')", { value: "some text" })}`);
  st.text(`value 4: ${st.textArea("text area 4 (value=None)", { value: null })}`);
  st.text(`value 5: ${st.textArea("text area 5 (placeholder)", { placeholder: "Placeholder" })}`);
  st.text(`value 6: ${st.textArea("text area 6 (disabled)", { value: "default text", disabled: true })}`);
  const changed = st.state("text_area_changed", false);
  const v9 = st.textArea("text area 9 (callback, help)", { key: "text_area9", help: "Help text", onChange: () => (changed.value = true) });
  st.text(`value 9: ${v9}`);
  st.text(`text area changed: ${changed.value ? "True" : "False"}`);
  changed.value = false;
  st.text(`value 10: ${st.textArea("text area 10 (max_chars=5)", { value: "1234", maxChars: 5 })}`);
  st.text(`value 11: ${st.textArea("text area 11 (height=250)", { value: "default text", height: 250 })}`);
  const form = st.form("f");
  const inForm = form.textArea("text area in form");
  form.formSubmitButton("Submit");
  st.text(`form value: ${inForm}`);
});
