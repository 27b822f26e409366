/**
 * Streamlit's e2e_playwright/st_radio.py + st_radio_test.py (app:
 * test/e2e/app/conformance/radio.ts). Streamlit reads its radios by position (`nth`);
 * here each group is found by its role and label, and an option by its own name, chosen
 * with a click or the arrow keys.
 *
 * Not ported: the screenshot test; radios 6 to 11 (options from a DataFrame,
 * `label_visibility`, markdown in options, `captions` — not in edgelit); the `stRadio`
 * top-level class and the key as a CSS class (Streamlit's DOM); radio 12's value read from
 * `st.session_state.radio12` (not mirrored: the page prints the return value) and the
 * `st.text` its callback writes (edgelit refuses elements from a callback). The help text is
 * the native tooltip (`title`) of the radio's frame, not a hover card.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";

const app = useTestApp();
const open = () => app.open("/conformance/radio");
const group = (page: Page, label: string) => page.getByRole("radiogroup", { name: label, exact: true });
const option = (page: Page, label: string, name: string) => group(page, label).getByRole("radio", { name, exact: true });
const focused = (page: Page, label: string, name: string) =>
  option(page, label, name).evaluate((el) => el === document.activeElement);
const seeAll = async (page: Page, lines: string[]) => {
  for (const line of lines) await see(page, line);
};

describe("st.radio as st_radio_test expects it", () => {
  it("every radio starts with its default, and the page logs no problem", async () => {
    const { page, problems } = await open();
    expect(await page.getByRole("radiogroup").count()).toBe(7); // Streamlit's 13, less radios 6 to 11
    await seeAll(page, [
      "value 1: female",
      "value 2: male",
      "value 3: None",
      "value 4: female",
      "value 5: female",
      "value 12: male",
      "radio changed: False",
      "value 13: None",
    ]);
    expect(await option(page, "radio 2 (Formatted options)", "Male").isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("clicking the second option of each radio chooses it; the disabled and the empty one stay", async () => {
    const { page, problems } = await open();
    const second: [string, string][] = [
      ["radio 1 (default)", "male"],
      ["radio 2 (Formatted options)", "Male"],
      ["radio 5 (horizontal)", "male"],
      ["radio 12 (with callback, help)", "male"],
      ["radio 13 (empty selection)", "male"],
    ];
    for (const [label, name] of second) {
      await group(page, label).getByText(name, { exact: true }).click();
      await idle(page);
    }
    await option(page, "radio 4 (disabled)", "male").click({ force: true }); // a person may try
    await idle(page);
    await seeAll(page, [
      "value 1: male",
      "value 2: male",
      "value 3: None",
      "value 4: female",
      "value 5: male",
      "value 12: male",
      "radio changed: False", // radio 12 was already male: no change, no callback
      "value 13: male",
    ]);
    expect(await option(page, "radio 4 (disabled)", "female").isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("the callback runs when its radio changes, and not again when another radio does", async () => {
    const { page } = await open();
    await option(page, "radio 12 (with callback, help)", "female").click();
    await see(page, "value 12: female");
    await see(page, "radio changed: True");
    await option(page, "radio 1 (default)", "male").click();
    await see(page, "value 1: male");
    await see(page, "value 12: female");
    await see(page, "radio changed: False");
    await page.context().close();
  });

  it("a radio with index null has nothing chosen until the person chooses", async () => {
    const { page } = await open();
    for (const name of ["female", "male"]) expect(await option(page, "radio 13 (empty selection)", name).isChecked()).toBe(false);
    await option(page, "radio 13 (empty selection)", "female").click();
    await see(page, "value 13: female");
    expect(await option(page, "radio 13 (empty selection)", "female").isChecked()).toBe(true);
    await page.context().close();
  });

  it("the arrow keys move the choice within a group, Tab leaves it", async () => {
    const { page } = await open();
    await option(page, "radio 1 (default)", "female").focus();
    await page.keyboard.press("ArrowDown");
    await see(page, "value 1: male");
    expect(await option(page, "radio 1 (default)", "male").isChecked()).toBe(true);
    await page.keyboard.press("ArrowUp");
    await see(page, "value 1: female");
    await page.keyboard.press("Tab"); // to radio 2's chosen option, not its other one
    expect(await focused(page, "radio 2 (Formatted options)", "Male")).toBe(true);
    await page.keyboard.press("ArrowUp");
    await see(page, "value 2: female");
    await page.context().close();
  });

  it("Space chooses the focused option of a radio that has none yet", async () => {
    const { page } = await open();
    await option(page, "radio 12 (with callback, help)", "male").focus();
    await page.keyboard.press("Tab"); // into radio 13: its first option, as nothing is chosen
    expect(await focused(page, "radio 13 (empty selection)", "female")).toBe(true);
    await see(page, "value 13: None");
    await page.keyboard.press("Space");
    await see(page, "value 13: female");
    await page.context().close();
  });

  it("a disabled radio and one without options can't be chosen", async () => {
    const { page } = await open();
    for (const name of ["female", "male"]) expect(await option(page, "radio 4 (disabled)", name).isDisabled()).toBe(true);
    // Streamlit shows a radio without options as one disabled option saying so
    const none = option(page, "radio 3 (no options)", "No options to select.");
    expect(await none.isDisabled()).toBe(true);
    expect(await none.isChecked()).toBe(false);
    await page.context().close();
  });

  it("a horizontal radio lays its options out side by side", async () => {
    const { page } = await open();
    const female = await option(page, "radio 5 (horizontal)", "female").boundingBox();
    const male = await option(page, "radio 5 (horizontal)", "male").boundingBox();
    expect(male!.y).toBe(female!.y);
    expect(male!.x).toBeGreaterThan(female!.x);
    const vertical = [await option(page, "radio 1 (default)", "female").boundingBox(), await option(page, "radio 1 (default)", "male").boundingBox()];
    expect(vertical[1]!.y).toBeGreaterThan(vertical[0]!.y);
    await page.context().close();
  });

  it("the help text is the radio's tooltip", async () => {
    const { page } = await open();
    expect(await page.getByTitle("help text").getByRole("radiogroup", { name: "radio 12 (with callback, help)" }).count()).toBe(1);
    await page.context().close();
  });
});
