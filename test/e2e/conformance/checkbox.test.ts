/**
 * Streamlit's e2e_playwright/st_checkbox.py + st_checkbox_test.py (app:
 * test/e2e/app/conformance/checkbox.ts; the expectations shared with the toggle are in
 * boolean-widget.ts). Streamlit reads its checkboxes by position (`nth`); here each is found
 * by its role and label, and flipped by a click on its label or by the keyboard.
 *
 * Not ported: the screenshot tests (display, grouped styling and its 24 px height);
 * checkboxes 7 and 8 (`label_visibility`, not in edgelit); the `stCheckbox` top-level class
 * and the key as a CSS class (Streamlit's DOM, not behaviour); checkbox 4's value read from
 * `st.session_state.checkbox4` (edgelit doesn't mirror widget values into state: the page
 * prints the return value). The help tooltip is the label's native tooltip (its `title`),
 * not a hover card with the help rendered as markdown.
 */
import { describe, expect, it } from "vitest";
import { useTestApp } from "../harness";
import { portBooleanWidget } from "./boolean-widget";

const app = useTestApp();

describe("st.checkbox as st_checkbox_test expects it", () => {
  portBooleanWidget(app, "checkbox", "checkbox", "checkboxes");

  it("the help text is the checkbox's tooltip", async () => {
    const { page } = await app.open("/conformance/checkbox");
    const withHelp = page.getByTitle(/Code:\s+This\s+is\s+a\s+code\s+block!/);
    expect(await withHelp.getByRole("checkbox", { name: "checkbox 1 (True)" }).count()).toBe(1);
    await page.context().close();
  });
});
