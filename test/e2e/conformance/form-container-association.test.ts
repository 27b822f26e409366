/**
 * Ports Streamlit's e2e_playwright/st_form_container_association.py (the page:
 * test/e2e/app/conformance/form-container-association.ts) and its _test.py: whether a
 * widget belongs to a form follows the container it is written on — a form in the
 * sidebar, a sidebar or column outside the form, columns and placeholders made inside
 * it, forms inside columns. Everything is ported (the `with` blocks become the containers
 * they stand for).
 */
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";

const app = useTestApp();

const insideForm: Record<string, boolean> = {
  form_0: true,
  form_1: false,
  form_2: false,
  form_3: true,
  form_4: true,
  form_5: false,
  form_6: true,
  form_7: true,
  form_8: true,
  form_9: true,
};

describe("st_form_container_association in Chromium", () => {
  it("a checkbox waits for its form's submit exactly when it is written on the form or a container made in it", async () => {
    const { page, problems } = await app.open("/conformance/form-container-association");
    for (const [form, inside] of Object.entries(insideForm)) {
      await see(page, `${form} value: False`);
      await page.getByRole("checkbox", { name: new RegExp(`^(NOT )?in ${form}$`) }).click();
      await page.waitForTimeout(inside ? 300 : 0);
      await idle(page);
      await see(page, `${form} value: ${inside ? "False" : "True"}`);
      await page.getByRole("button", { name: `${form} submit` }).click();
      await see(page, `${form} value: True`);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
