/**
 * Streamlit's e2e_playwright/st_date_input.py as an edgelit page: the same labels, values
 * and "Value N:" lines (dates print as ISO strings, a range as its JSON list, no date as
 * null). Widgets 7–11 and 14 test label_visibility, format= and a value seeded through
 * session state, which edgelit doesn't have; their numbers are left out, not reused.
 */
import { definePage } from "../../../../durable/st/app";

const leadingIndentRegularTextTooltip = `
This is a regular text block!
Test1
Test2

`;

const show = (v: string | string[] | null) => (Array.isArray(v) ? JSON.stringify(v) : String(v));

export default definePage("/conformance/date-input", "Date input", (st) => {
  const v1 = st.dateInput("Single date", { value: "1970-01-01", min: "1970-01-01", help: leadingIndentRegularTextTooltip });
  st.text(`Value 1: ${show(v1)}`);

  // a datetime (2019-07-06 21:15 UTC) is taken as its date
  const v2 = st.dateInput("Single datetime", { value: new Date(Date.UTC(2019, 6, 6, 21, 15)), help: "Help text" });
  st.text(`Value 2: ${show(v2)}`);

  const v3 = st.dateInput("Range, no date", { value: [] });
  st.text(`Value 3: ${show(v3)}`);

  const v4 = st.dateInput("Range, one date", { value: ["2019-07-06"] });
  st.text(`Value 4: ${show(v4)}`);

  const v5 = st.dateInput("Range, two dates", { value: ["2019-07-06", "2019-07-08"] });
  st.text(`Value 5: ${show(v5)}`);

  const v6 = st.dateInput("Disabled, no date", { value: [], disabled: true });
  st.text(`Value 6: ${show(v6)}`);

  // Streamlit's callback sets a session-state flag the page prints and then resets
  const changed = st.state("date_input_changed", false);
  const v12 = st.dateInput("Single date with callback", {
    value: "1970-01-01",
    min: "1970-01-01",
    key: "date_input_12",
    onChange: () => {
      changed.value = true;
    },
  });
  st.text(`Value 12: ${show(v12)}`);
  st.text(`Date Input Changed: ${changed.value ? "True" : "False"}`);
  changed.value = false;

  const v13 = st.dateInput("Empty value", { value: null });
  st.text(`Value 13: ${show(v13)}`);
});
