/**
 * Streamlit's e2e_playwright/st_selectbox.py + st_selectbox_test.py (app:
 * test/e2e/app/conformance/selectbox.ts). edgelit's selectbox is the browser's own select
 * (role combobox), found by its label; a person chooses by clicking it and using the arrow
 * keys and Enter, or by typing an option's first letters (the select's type-ahead, where
 * Streamlit's input filters the list as one types). Typing chooses at once, so the Enter
 * Streamlit's tests press after typing is left out: on a native select Enter opens the list
 * (and the next Escape closes it).
 *
 * Not ported: the screenshot tests (rendering, the open dropdown, the fuzzy-matched list: a
 * native select matches what one types against the start of an option, it has no fuzzy
 * filter); selectboxes 6, 7, 11 and 12 (`label_visibility`, options from a DataFrame, a value
 * put into `st.session_state[key]` before the widget exists — not in edgelit); the
 * `stSelectbox` top-level class and the key as a CSS class (Streamlit's DOM); selectbox 8's
 * value read from `st.session_state.selectbox8` (not mirrored: the page prints the return
 * value) and the `st.text` its callback writes (edgelit refuses elements from a callback).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";

const app = useTestApp();
const open = () => app.open("/conformance/selectbox");
const select = (page: Page, label: string) => page.getByRole("combobox", { name: label, exact: true });
const shown = (page: Page, label: string) => select(page, label).locator("option:checked").textContent();
const clear = (page: Page, label: string) => page.getByRole("button", { name: `Clear ${label}`, exact: true });

describe("st.selectbox as st_selectbox_test expects it", () => {
  it("every selectbox starts with its default, and the page logs no problem", async () => {
    const { page, problems } = await open();
    expect(await page.getByRole("combobox").count()).toBe(8); // Streamlit's 12, less 6, 7, 11 and 12
    for (const line of [
      "value 1: male",
      "value 2: female",
      "value 3: None",
      "value 4: e2e/scripts/components_iframe.py",
      "value 5: male",
      "value 8: female",
      "selectbox changed: False",
      "value 9: None",
      "value 10: None",
    ]) {
      await see(page, line);
    }
    expect(await shown(page, "selectbox 2 (formatted options)")).toBe("Female");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("clicking a selectbox, an arrow key and Enter choose the next option", async () => {
    const { page, problems } = await open();
    await select(page, "selectbox 4 (more options)").click();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await see(page, "value 4: e2e/scripts/st_warning.py");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("typing an option's name chooses it", async () => {
    const { page } = await open();
    await select(page, "selectbox 4 (more options)").focus();
    await page.keyboard.type("e2e/scripts/st_warning.py");
    await see(page, "value 4: e2e/scripts/st_warning.py");
    await page.context().close();
  });

  it("a selectbox with no default takes a typed choice, and Escape empties it again", async () => {
    const { page } = await open();
    const nine = select(page, "selectbox 9 (empty selection)");
    expect(await shown(page, "selectbox 9 (empty selection)")).toBe("Choose an option");
    await nine.focus();
    await page.keyboard.type("male");
    await see(page, "value 9: male");
    await page.keyboard.press("Escape");
    await see(page, "value 9: None");
    expect(await shown(page, "selectbox 9 (empty selection)")).toBe("Choose an option");
    await page.context().close();
  });

  it("a selectbox with no default shows its placeholder, takes a choice, and its × clears it", async () => {
    const { page } = await open();
    const label = "selectbox 10 (empty, custom placeholder)";
    expect(await shown(page, label)).toBe("Select one of the options...");
    expect(await clear(page, label).count()).toBe(0);
    await select(page, label).click();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await see(page, "value 10: male");
    await clear(page, label).click();
    await see(page, "value 10: None");
    expect(await shown(page, label)).toBe("Select one of the options...");
    expect(await clear(page, label).count()).toBe(0);
    await page.context().close();
  });

  it("a selectbox with a default can't be cleared, by × or by Escape", async () => {
    const { page } = await open();
    const label = "selectbox 1 (default)";
    expect(await clear(page, label).count()).toBe(0);
    await select(page, label).focus();
    await page.keyboard.press("Escape");
    await idle(page);
    await see(page, "value 1: male");
    expect(await shown(page, label)).toBe("male");
    await page.context().close();
  });

  it("opening a selectbox and clicking elsewhere keeps its value", async () => {
    const { page } = await open();
    await select(page, "selectbox 4 (more options)").click();
    await page.getByText("value 1: male", { exact: true }).click();
    await idle(page);
    await see(page, "value 4: e2e/scripts/components_iframe.py");
    await page.context().close();
  });

  it("the callback runs when its selectbox changes, and not again when another does", async () => {
    const { page } = await open();
    await see(page, "value 8: female");
    await see(page, "selectbox changed: False");
    await select(page, "selectbox 8 (with callback, help)").click();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await see(page, "value 8: male");
    await see(page, "selectbox changed: True");
    await select(page, "selectbox 1 (default)").focus();
    await page.keyboard.type("female");
    await see(page, "value 1: female");
    await see(page, "value 8: male");
    await see(page, "selectbox changed: False");
    await page.context().close();
  });

  it("a disabled selectbox and one without options can't be changed", async () => {
    const { page } = await open();
    expect(await select(page, "selectbox 5 (disabled)").isDisabled()).toBe(true);
    // Streamlit disables a selectbox without options and says so in it
    expect(await select(page, "selectbox 3 (no options)").isDisabled()).toBe(true);
    expect(await shown(page, "selectbox 3 (no options)")).toBe("No options to select.");
    await page.context().close();
  });

  it("the help text is the selectbox's tooltip", async () => {
    const { page } = await open();
    expect(await page.getByTitle("Help text").getByRole("combobox", { name: "selectbox 8 (with callback, help)" }).count()).toBe(1);
    await page.context().close();
  });
});
