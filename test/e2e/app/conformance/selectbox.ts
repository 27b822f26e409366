/**
 * Streamlit's e2e_playwright/st_selectbox.py, without selectboxes 6, 7, 11 and 12:
 * `label_visibility`, options from a DataFrame, and a value put into
 * `st.session_state[key]` before the widget exists are not in edgelit. Selectbox 8's
 * callback sets the flag but doesn't write an element (edgelit refuses elements from
 * callbacks), and the page prints its return value where Streamlit reads
 * `st.session_state.selectbox8`.
 */
import { definePage } from "../../../../durable/st/app";
import { repr } from "./repr";

const options = ["male", "female"];

const moreOptions = [
  "e2e/scripts/components_iframe.py",
  "e2e/scripts/st_warning.py",
  "This is a very very very long option label that should be truncated when it is showing in the dropdown menu.",
  "e2e/scripts/st_container.py",
  "e2e/scripts/st_dataframe_sort_column.py",
  "e2e/scripts/app_hotkeys.py",
  "e2e/scripts/st_info.py",
  "e2e/scripts/st_echo.py",
  "e2e/scripts/st_json.py",
  "e2e/scripts/st_experimental_get_query_params.py",
  "e2e/scripts/st_markdown.py",
  "e2e/scripts/st_color_picker.py",
  "e2e/scripts/st_expander.py",
];

export default definePage("/conformance/selectbox", "Selectbox", (st) => {
  const v1 = st.selectbox("selectbox 1 (default)", options);
  st.text(`value 1: ${repr(v1)}`);

  const v2 = st.selectbox("selectbox 2 (formatted options)", options, {
    index: 1,
    formatFunc: (x) => x.charAt(0).toUpperCase() + x.slice(1),
  });
  st.text(`value 2: ${repr(v2)}`);

  const v3 = st.selectbox("selectbox 3 (no options)", []);
  st.text(`value 3: ${repr(v3)}`);

  const v4 = st.selectbox("selectbox 4 (more options)", moreOptions, { index: 0 });
  st.text(`value 4: ${repr(v4)}`);

  const v5 = st.selectbox("selectbox 5 (disabled)", options, { disabled: true });
  st.text(`value 5: ${repr(v5)}`);

  const v8 = st.selectbox("selectbox 8 (with callback, help)", options, {
    index: 1,
    key: "selectbox8",
    onChange: () => st.sessionState.set("selectbox_changed", true),
    help: "Help text",
  });
  st.text(`value 8: ${repr(v8)}`);
  st.text(`selectbox changed: ${repr(st.sessionState.get("selectbox_changed") === true)}`);
  st.sessionState.set("selectbox_changed", false);

  const v9 = st.selectbox("selectbox 9 (empty selection)", options, { index: null });
  st.text(`value 9: ${repr(v9)}`);

  const v10 = st.selectbox("selectbox 10 (empty, custom placeholder)", options, {
    index: null,
    placeholder: "Select one of the options...",
  });
  st.text(`value 10: ${repr(v10)}`);
});
