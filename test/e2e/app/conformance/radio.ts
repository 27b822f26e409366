/**
 * Streamlit's e2e_playwright/st_radio.py, without radios 6 to 11: options from a
 * DataFrame, `label_visibility`, markdown in options and `captions` are not in edgelit.
 * Radio 12's callback sets the flag but doesn't write an element (edgelit refuses elements
 * from callbacks), and the page prints its return value where Streamlit reads
 * `st.session_state.radio12`.
 */
import { definePage } from "../../../../durable/st/app";
import { repr } from "./repr";

const options = ["female", "male"];

export default definePage("/conformance/radio", "Radio", (st) => {
  const v1 = st.radio("radio 1 (default)", options);
  st.text(`value 1: ${repr(v1)}`);

  const v2 = st.radio("radio 2 (Formatted options)", options, {
    index: 1,
    formatFunc: (x) => x.charAt(0).toUpperCase() + x.slice(1),
  });
  st.text(`value 2: ${repr(v2)}`);

  const v3 = st.radio("radio 3 (no options)", []);
  st.text(`value 3: ${repr(v3)}`);

  const v4 = st.radio("radio 4 (disabled)", options, { disabled: true });
  st.text(`value 4: ${repr(v4)}`);

  const v5 = st.radio("radio 5 (horizontal)", options, { horizontal: true });
  st.text(`value 5: ${repr(v5)}`);

  const v12 = st.radio("radio 12 (with callback, help)", options, {
    index: 1,
    key: "radio12",
    onChange: () => st.sessionState.set("radio_changed", true),
    help: "help text",
  });
  st.text(`value 12: ${repr(v12)}`);
  st.text(`radio changed: ${repr(st.sessionState.get("radio_changed") === true)}`);
  st.sessionState.set("radio_changed", false);

  const v13 = st.radio("radio 13 (empty selection)", options, { index: null });
  st.text(`value 13: ${repr(v13)}`);
});
