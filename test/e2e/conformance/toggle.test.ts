/**
 * Streamlit's e2e_playwright/st_toggle.py + st_toggle_test.py (app:
 * test/e2e/app/conformance/toggle.ts; the expectations shared with the checkbox are in
 * boolean-widget.ts). A toggle is a checkbox with the role "switch": each is found by that
 * role and its label, and flipped by a click on its label or by the keyboard.
 *
 * Not ported: the screenshot tests (display, grouped styling and its 24 px height);
 * toggles 7 and 8 (`label_visibility`, not in edgelit); the `stCheckbox` top-level class
 * and the key as a CSS class (Streamlit's DOM, not behaviour); toggle 4's value read from
 * `st.session_state.toggle4` (edgelit doesn't mirror widget values into state: the page
 * prints the return value).
 */
import { describe } from "vitest";
import { useTestApp } from "../harness";
import { portBooleanWidget } from "./boolean-widget";

const app = useTestApp();

describe("st.toggle as st_toggle_test expects it", () => {
  portBooleanWidget(app, "toggle", "switch", "toggles");
});
