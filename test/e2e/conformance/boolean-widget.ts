/**
 * st_checkbox_test.py and st_toggle_test.py are one test twice (a toggle is a checkbox
 * drawn as a switch): this is that test, for a page built like st_checkbox.py with the
 * word "checkbox" or "toggle" in every label and line.
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { idle, see, type TestApp } from "../harness";

const py = (v: boolean) => (v ? "True" : "False");

export function portBooleanWidget(app: TestApp, word: "checkbox" | "toggle", role: "checkbox" | "switch", plural: string) {
  const path = `/conformance/${word}`;
  const widget = (page: Page, label: string) => page.getByRole(role, { name: label, exact: true });
  const lines = (values: boolean[], clicked: boolean) => [
    `${word} 1 - value: ${py(values[0]!)}`,
    `${word} 2 - value: ${py(values[1]!)}`,
    `${word} 3 - value: ${py(values[2]!)}`,
    `${word} 4 - value: ${py(values[3]!)}`,
    `${word} 4 - clicked: ${py(clicked)}`,
    `${word} 5 - value: ${py(values[4]!)}`,
    `${word} 6 - value: ${py(values[5]!)}`,
  ];
  const seeAll = async (page: Page, expected: string[]) => {
    for (const line of expected) await see(page, line);
  };
  const labels = [
    `${word} 1 (True)`,
    `${word} 2 (False)`,
    new RegExp(`^${word} 3: This is a really`),
    `${word} 4 (with callback)`,
    `${word} 5 (False, disabled)`,
    `${word} 6 (True, disabled)`,
  ];

  it(`every ${word} starts with its value, and the page logs no problem`, async () => {
    const { page, problems } = await app.open(path);
    expect(await page.getByRole(role).count()).toBe(9); // Streamlit's 11, less the two hidden labels
    await seeAll(page, lines([true, false, false, false, false, true], false));
    expect(await widget(page, `${word} 1 (True)`).isChecked()).toBe(true);
    expect(await widget(page, `${word} 6 (True, disabled)`).isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it(`clicking each ${word}'s label flips it, a disabled one stays as it is`, async () => {
    const { page, problems } = await app.open(path);
    for (const label of labels) {
      // force: a person can click a disabled one too; it just doesn't change
      await page.getByText(label, { exact: typeof label === "string" }).click({ force: true });
      await idle(page);
    }
    await seeAll(page, lines([false, true, true, true, false, true], true));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it(`Space flips the focused ${word}, and Tab moves on to the next`, async () => {
    const { page } = await app.open(path);
    await widget(page, `${word} 1 (True)`).focus();
    await page.keyboard.press("Space");
    await see(page, `${word} 1 - value: False`);
    await page.keyboard.press("Tab");
    expect(await widget(page, `${word} 2 (False)`).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Space");
    await see(page, `${word} 2 - value: True`);
    expect(await widget(page, `${word} 1 (True)`).isChecked()).toBe(false);
    await page.context().close();
  });

  it(`the callback runs when its ${word} changes, not when another does`, async () => {
    const { page } = await app.open(path);
    await widget(page, `${word} 2 (False)`).click();
    await see(page, `${word} 2 - value: True`);
    await see(page, `${word} 4 - clicked: False`);
    await widget(page, `${word} 4 (with callback)`).click();
    await see(page, `${word} 4 - value: True`);
    await see(page, `${word} 4 - clicked: True`);
    await page.context().close();
  });

  it(`a disabled ${word} can't be changed by keyboard either`, async () => {
    const { page } = await app.open(path);
    const five = widget(page, `${word} 5 (False, disabled)`);
    expect(await five.isDisabled()).toBe(true);
    expect(await widget(page, `${word} 6 (True, disabled)`).isDisabled()).toBe(true);
    await widget(page, `${word} 4 (with callback)`).focus();
    await page.keyboard.press("Tab"); // skips the two disabled ones
    expect(await five.evaluate((el) => el === document.activeElement)).toBe(false);
    await page.context().close();
  });

  it(`the grouped ${plural} sit in their expander, open from the start`, async () => {
    const { page } = await app.open(path);
    const group = page.locator("details", { has: page.getByText(`Grouped ${plural}`) });
    await group.waitFor();
    for (const n of [1, 2, 3]) expect(await group.getByRole(role, { name: `${word} group - ${n}` }).isVisible()).toBe(true);
    expect(await group.getByText(`A non-${word} element`).isVisible()).toBe(true);
    await page.context().close();
  });
}
