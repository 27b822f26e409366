/**
 * Streamlit's e2e_playwright/st_text_input.py as an edgelit page: the same labels and texts,
 * without `label_visibility` (inputs 7 and 8), plus a form (Streamlit's text-input app has
 * none). None is printed for null as Python prints it.
 */
import { definePage } from "../../../../durable/st/app";

const py = (v: string | null) => (v === null ? "None" : v);

export default definePage("/conformance/text-input", "Text input", (st) => {
  const v1 = st.textInput("text input 1 (default)");
  st.text(`value 1: ${v1}`);

  const v2 = st.textInput("text input 2 (value='some text')", { value: "some text" });
  st.text(`value 2: ${v2}`);

  // Streamlit turns the number 1234 into "1234"; edgelit's value is typed as text.
  const v3 = st.textInput("text input 3 (value=1234)", { value: String(1234) });
  st.text(`value 3: ${v3}`);

  const v4 = st.textInput("text input 4 (value=None)", { value: null });
  st.text(`value 4: ${py(v4)}`);

  const v5 = st.textInput("text input 5 (placeholder)", { placeholder: "Placeholder" });
  st.text(`value 5: ${v5}`);

  const v6 = st.textInput("text input 6 (disabled)", { value: "default text", disabled: true });
  st.text(`value 6: ${v6}`);

  // Streamlit's callback also writes "Text input changed callback": edgelit's callbacks
  // can't write elements (README, differences), so it only sets the flag.
  const changed = st.state("text_input_changed", false);
  const v9 = st.textInput("text input 9 (callback, help)", {
    key: "text_input9",
    help: "Help text",
    onChange: () => {
      changed.value = true;
    },
  });
  st.text(`value 9: ${v9}`);
  st.text(`text input changed: ${changed.value ? "True" : "False"}`);
  changed.value = false;

  const v10 = st.textInput("text input 10 (max_chars=5)", { value: "1234", maxChars: 5 });
  st.text(`value 10: ${v10}`);

  const v11 = st.textInput("text input 11 (type=password)", { value: "my password", type: "password" });
  st.text(`value 11: ${v11}`);

  const form = st.form("text_form");
  const v12 = form.textInput("text input 12 (in a form)");
  form.formSubmitButton("Submit");
  st.text(`value 12: ${v12}`);
});
