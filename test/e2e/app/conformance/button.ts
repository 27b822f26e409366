/**
 * Streamlit's e2e_playwright/st_button.py, without buttons 5 to 9 (`use_container_width`,
 * markdown and material icons in labels, `icon`) and "value from state" (widget values are
 * not mirrored into `st.session_state`). Python's `kwargs={"y": 2}` becomes an options
 * object among the `args`, JavaScript's way of naming an argument. After Streamlit's page
 * come what its issue asks beyond it: a button in the sidebar, a press in a column
 * reported, and a form's submit button.
 */
import { definePage } from "../../../../durable/st/app";
import { repr } from "./repr";

const connTypes = ["snowflake", "bigquery", "huggingface", "aws_s3", "http_file", "postgresql", "gsheets", "custom"];

export default definePage("/conformance/button", "Button", (st) => {
  const onClick = (x: number, { y }: { y: number }) => {
    st.sessionState.set("click_count", (st.sessionState.get<number>("click_count") ?? 0) + 1);
    st.sessionState.set("x", x);
    st.sessionState.set("y", y);
  };
  const i1 = st.button("button 1", { key: "button", onClick, args: [1, { y: 2 }] });
  st.text(`value: ${repr(i1)}`);

  const buttonWasClicked = st.sessionState.has("click_count");
  st.text(`Button was clicked: ${repr(buttonWasClicked)}`);
  if (buttonWasClicked) {
    st.text(`times clicked: ${st.sessionState.get("click_count")}`);
    st.text(`arg value: ${st.sessionState.get("x")}`);
    st.text(`kwarg value: ${st.sessionState.get("y")}`);
  }

  st.checkbox("reset button return value");

  const i3 = st.button("button 2 (disabled)", { disabled: true });
  st.text(`value 2: ${repr(i3)}`);

  const i4 = st.button("button 3 (primary)", { type: "primary" });
  st.text(`value 3: ${repr(i4)}`);

  const i5 = st.button("button 4 (primary + disabled)", { type: "primary", disabled: true });
  st.text(`value 4: ${repr(i5)}`);

  const cols = st.columns(3);
  const pressed = connTypes.filter((conn, i) => cols[i % 3]!.button(conn));

  // beyond st_button.py
  st.text(`pressed in a column: ${pressed.join(", ") || "None"}`);
  const inSidebar = st.sidebar.button("sidebar button");
  st.text(`sidebar button: ${repr(inSidebar)}`);
  const form = st.form("form");
  const agreed = form.checkbox("agree in form");
  const submitted = form.formSubmitButton("Submit form");
  st.text(`form submitted: ${repr(submitted)}, agree: ${repr(agreed)}`);
});
