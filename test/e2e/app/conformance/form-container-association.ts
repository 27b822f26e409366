/**
 * Streamlit's e2e_playwright/st_form_container_association.py as an edgelit page. Python's
 * `with st.form(...)` block has no counterpart: a widget is in a form when it is written on
 * the form's container or on a container made inside it, which is what Streamlit decides
 * too — the container the element is written on counts, not the `with` around the call.
 */
import { definePage } from "../../../../durable/st/app";

const py = (b: boolean) => (b ? "True" : "False");

export default definePage("/conformance/form-container-association", "Form container association", (st) => {
  // Element created in a form located in the sidebar.
  const form0 = st.sidebar.form("form_0");
  const v0 = form0.checkbox("in form_0");
  form0.formSubmitButton("form_0 submit");
  st.sidebar.text(`form_0 value: ${py(v0)}`);

  // Element created in the sidebar, outside the form.
  const form1 = st.form("form_1");
  form1.text("Empty Form 1");
  const v1 = st.sidebar.checkbox("NOT in form_1");
  form1.formSubmitButton("form_1 submit");
  st.text(`form_1 value: ${py(v1)}`);

  // Parent block created outside a form; element created inside a form.
  const cols2 = st.columns(2);
  const form2 = st.form("form_2");
  form2.text("Empty Form 2");
  const v2 = cols2[0].checkbox("NOT in form_2");
  form2.formSubmitButton("form_2 submit");
  st.text(`form_2 value: ${py(v2)}`);

  // Parent block and element created inside a form.
  const form3 = st.form("form_3");
  const cols3 = form3.columns(2);
  const v3 = cols3[0].checkbox("in form_3");
  form3.formSubmitButton("form_3 submit");
  st.text(`form_3 value: ${py(v3)}`);

  // Parent block created inside a form; element created outside a form.
  const form4 = st.form("form_4");
  const cols4 = form4.columns(2);
  form4.formSubmitButton("form_4 submit");
  const v4 = cols4[0].checkbox("in form_4");
  st.text(`form_4 value: ${py(v4)}`);

  // DG created outside a form; element created inside a form.
  const empty5 = st.empty();
  const form5 = st.form("form_5");
  form5.text("Empty Form 5");
  const v5 = empty5.checkbox("NOT in form_5");
  form5.formSubmitButton("form_5 submit");
  st.text(`form_5 value: ${py(v5)}`);

  // DG created inside a form; element created outside a form.
  const form6 = st.form("form_6");
  const empty6 = form6.empty();
  form6.formSubmitButton("form_6 submit");
  const v6 = empty6.checkbox("in form_6");
  st.text(`form_6 value: ${py(v6)}`);

  // Element created directly on a form block.
  const form7 = st.form("form_7");
  const v7 = form7.checkbox("in form_7");
  form7.formSubmitButton("form_7 submit");
  st.text(`form_7 value: ${py(v7)}`);

  // Forms inside columns.
  const [left, right] = st.columns(2);
  const form8 = left.form("form_8");
  const v8 = form8.checkbox("in form_8");
  form8.formSubmitButton("form_8 submit");
  left.text(`form_8 value: ${py(v8)}`);
  const form9 = right.form("form_9");
  const v9 = form9.checkbox("in form_9");
  form9.formSubmitButton("form_9 submit");
  right.text(`form_9 value: ${py(v9)}`);
});
