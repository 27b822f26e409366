/**
 * Streamlit's e2e_playwright/st_multiselect_test.py (app: st_multiselect.py, ported as
 * test/e2e/app/conformance/multiselect.ts), in Chromium against edgelit. A multiselect is
 * found by its label (its text box is a combobox named by it); its list is a listbox of
 * options, and Streamlit's `li` note is an option-shaped line in it.
 *
 * Not ported: the screenshot assertions (on load, the open list, long options, a narrow
 * column, the selection); multiselects 7 and 8 (`label_visibility`); the bad state put into
 * `st.session_state["multiselect 9"]` (not mirrored in edgelit: the port gives the widget a
 * default of two options instead, which is the same error); the top-level CSS class and the
 * key as a class (Streamlit's DOM). The clear-all button is named "Clear <label>", as
 * edgelit's selectbox's is, where Streamlit's is "Clear all". Added: the keyboard (filtering
 * by typing, arrows, Enter, Escape, Backspace), a form holding its choices until Submit, a
 * disabled multiselect.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";

const app = useTestApp();
const open = () => app.open("/conformance/multiselect");
const box = (page: Page, label: string) => page.getByRole("combobox", { name: label, exact: true });
const list = (page: Page, label: string) => page.getByRole("listbox", { name: label, exact: true });

/** Streamlit's select_for_kth_multiselect: click the box, click the option, maybe Escape. */
async function choose(page: Page, label: string, option: string, closeAfter: boolean): Promise<void> {
  await box(page, label).click();
  await list(page, label).getByRole("option", { name: option, exact: true }).click();
  if (closeAfter) await page.keyboard.press("Escape");
  await idle(page);
}

describe("st.multiselect as st_multiselect_test expects it", () => {
  it("every multiselect starts with its default, and the page logs no problem", async () => {
    const { page, problems } = await open();
    expect(await page.getByRole("combobox").count()).toBe(10); // Streamlit's 12, less 7 and 8
    for (const line of [
      "value 1: []",
      "value 2: []",
      "value 3: []",
      "value 4: ['tea', 'water']",
      "value 5: []",
      "value 6: []",
      "value 9: []",
      "value 10: []",
      "value 11: []",
      "multiselect changed: False",
      "value 12: ['A long option']",
    ]) {
      await see(page, line);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows its placeholder, or says it has no options and is disabled", async () => {
    const { page } = await open();
    expect(await box(page, "multiselect 1").getAttribute("placeholder")).toBe("Please select");
    expect(await box(page, "multiselect 2").getAttribute("placeholder")).toBe("Choose an option");
    expect(await box(page, "multiselect 3").getAttribute("placeholder")).toBe("No options to select.");
    expect(await box(page, "multiselect 3").isDisabled()).toBe(true);
    await page.context().close();
  });

  it("the help text is its tooltip", async () => {
    const { page } = await open();
    expect(await page.getByTitle("Help text").getByRole("combobox", { name: "multiselect 1" }).count()).toBe(1);
    await page.context().close();
  });

  it("clicking it shows its options in a list", async () => {
    const { page } = await open();
    await box(page, "multiselect 1").click();
    expect(await box(page, "multiselect 1").getAttribute("aria-expanded")).toBe("true");
    expect(await list(page, "multiselect 1").getByRole("option").allTextContents()).toEqual(["male", "female"]);
    await page.context().close();
  });

  it("a chosen option is a chip with its formatted text, and the page gets the option", async () => {
    const { page } = await open();
    await choose(page, "multiselect 2", "Female", true);
    await see(page, "value 2: ['female']");
    expect(await page.getByRole("button", { name: "Remove Female" }).isVisible()).toBe(true);
    await page.context().close();
  });

  it("takes several options, in the order chosen", async () => {
    const { page } = await open();
    await choose(page, "multiselect 2", "Female", true);
    await choose(page, "multiselect 2", "Male", true);
    await see(page, "value 2: ['female', 'male']");
    await page.context().close();
  });

  it("a chip's remove button takes its option away", async () => {
    const { page } = await open();
    await choose(page, "multiselect 2", "Female", true);
    await choose(page, "multiselect 2", "Male", true);
    await see(page, "value 2: ['female', 'male']");
    await page.getByRole("button", { name: "Remove Female" }).click();
    await see(page, "value 2: ['male']");
    await page.context().close();
  });

  it("the clear button takes every option away", async () => {
    const { page } = await open();
    await choose(page, "multiselect 2", "Female", true);
    await see(page, "value 2: ['female']");
    await page.getByRole("button", { name: "Clear multiselect 2" }).click();
    await see(page, "value 2: []");
    expect(await page.getByRole("button", { name: "Clear multiselect 2" }).count()).toBe(0);
    await page.context().close();
  });

  it("runs its callback when an option is chosen", async () => {
    const { page } = await open();
    await box(page, "multiselect 11").click();
    await list(page, "multiselect 11").getByRole("option").first().click();
    await see(page, "value 11: ['male']");
    await see(page, "multiselect changed: True");
    await page.context().close();
  });

  it("at maxSelections the list offers nothing and says why — in a form, with the list left open", async () => {
    const { page } = await open();
    await choose(page, "multiselect 10", "male", false);
    expect(await list(page, "multiselect 10").textContent()).toBe("You can only select up to 1 option. Remove an option first.");
    await page.context().close();
  });

  it("at maxSelections the list offers nothing and says why — closed and opened again", async () => {
    const { page } = await open();
    await choose(page, "multiselect 9", "male", true);
    await see(page, "value 9: ['male']");
    await box(page, "multiselect 9").click();
    expect(await list(page, "multiselect 9").textContent()).toBe("You can only select up to 1 option. Remove an option first.");
    await page.context().close();
  });

  it("at maxSelections the list offers nothing and says why — with the list left open", async () => {
    const { page } = await open();
    await choose(page, "multiselect 9", "male", false);
    expect(await list(page, "multiselect 9").textContent()).toBe("You can only select up to 1 option. Remove an option first.");
    await page.context().close();
  });

  it("says so when its default has more options than maxSelections", async () => {
    const { page } = await open();
    await page.getByRole("checkbox", { name: "set_multiselect_9" }).click();
    await see(page, 'AuthorError: multiselect "multiselect 9" has 2 options selected but maxSelections is set to 1: give `default` at most 1 option.');
    await page.context().close();
  });

  it("typing filters the list, arrow keys move in it, Enter picks, Escape closes, Backspace removes the last chip", async () => {
    const { page } = await open();
    const four = box(page, "multiselect 4");
    await four.focus();
    await page.keyboard.press("Backspace");
    await see(page, "value 4: ['tea']");
    await page.keyboard.type("OFF");
    expect(await list(page, "multiselect 4").getByRole("option").allTextContents()).toEqual(["coffee"]);
    await page.keyboard.press("Enter");
    await see(page, "value 4: ['tea', 'coffee']");
    expect(await four.inputValue()).toBe("");
    await page.keyboard.press("ArrowDown"); // the list stayed open: its first option, water, is active
    expect(await list(page, "multiselect 4").getByRole("option", { selected: true }).textContent()).toBe("water");
    await page.keyboard.press("Enter");
    await see(page, "value 4: ['tea', 'coffee', 'water']");
    expect(await list(page, "multiselect 4").textContent()).toBe("No results");
    await page.keyboard.press("Escape");
    expect(await four.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await see(page, "value 4: ['tea']");
    await page.context().close();
  });

  it("arrow keys open the list and move through it, and the active option is the combobox's active descendant", async () => {
    const { page } = await open();
    const one = box(page, "multiselect 1");
    await one.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const active = list(page, "multiselect 1").getByRole("option", { selected: true });
    expect(await active.textContent()).toBe("female");
    expect(await one.getAttribute("aria-activedescendant")).toBe(await active.getAttribute("id"));
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await see(page, "value 1: ['male']");
    await page.context().close();
  });

  it("inside a form it holds its choices until Submit", async () => {
    const { page } = await open();
    await choose(page, "multiselect 10", "female", true);
    expect(await page.getByRole("button", { name: "Remove female" }).isVisible()).toBe(true);
    await page.waitForTimeout(300);
    await idle(page);
    await see(page, "value 10: []");
    await page.getByRole("button", { name: "Submit" }).click();
    await see(page, "value 10: ['female']");
    await page.context().close();
  });

  it("a disabled multiselect can't be opened", async () => {
    const { page } = await open();
    expect(await box(page, "multiselect 6").isDisabled()).toBe(true);
    const at = await box(page, "multiselect 6").boundingBox();
    await page.mouse.click((at?.x ?? 0) + 10, (at?.y ?? 0) + 5);
    await page.keyboard.press("ArrowDown");
    expect(await box(page, "multiselect 6").getAttribute("aria-expanded")).toBe("false");
    await page.context().close();
  });
});
