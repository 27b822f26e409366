/**
 * Streamlit's e2e_playwright/st_time_input_test.py and st_color_picker_test.py, for what
 * edgelit has. Not ported: screenshots, `label_visibility`, Streamlit's own dropdown of
 * times (edgelit uses the browser's time field, stepping by `step`) and its own colour popover
 * (the browser's picker; a colour is set here the way its text field would set it).
 */
import { describe, expect, it } from "vitest";
import { see, useTestApp } from "../harness";

const app = useTestApp();
const open = () => app.open("/conformance/time-color");

describe("st.timeInput and st.colorPicker as Streamlit's tests expect them", () => {
  it("shows every starting value, with no console error", async () => {
    const { page, problems } = await open();
    for (const line of ["Value 1: 08:45", "Value 2: 21:15", "Value 3: 08:45", "Value 4: null", "Value 5: 08:45", "Color 1: #000000", "Color 2: #eb144c", "Color 3: #ff0000"]) {
      await see(page, line);
    }
    expect(await page.getByLabel("Label 3").isDisabled()).toBe(true);
    expect(await page.getByLabel("Disabled").isDisabled()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a typed time is sent when the field is left, not at each keystroke", async () => {
    const { page } = await open();
    const field = page.getByLabel("Label 1");
    await field.click();
    await page.keyboard.press("Home");
    await page.keyboard.type("1030");
    await page.waitForTimeout(300);
    await see(page, "Value 1: 08:45"); // still typing
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.getByText("Value 2: 21:15").click();
    await see(page, "Value 1: 10:30");
    await page.context().close();
  });

  it("Enter sends the typed time at once", async () => {
    const { page } = await open();
    await page.getByLabel("Label 5").click();
    await page.keyboard.press("Home");
    await page.keyboard.type("0701");
    await page.keyboard.press("Enter");
    await see(page, "Value 5: 07:01");
    await page.context().close();
  });

  it("a time that started empty takes one and can be cleared again", async () => {
    const { page } = await open();
    expect(await page.getByRole("button", { name: "Clear Label 4" }).count()).toBe(0);
    await page.getByLabel("Label 4").click();
    await page.keyboard.press("Home");
    await page.keyboard.type("0630A"); // hours, minutes, and AM (the field follows the browser's 12-hour locale)
    await page.keyboard.press("Enter");
    await see(page, "Value 4: 06:30");
    await page.getByRole("button", { name: "Clear Label 4" }).click();
    await see(page, "Value 4: null");
    await page.context().close();
  });

  it("a colour chosen in the picker is sent as #rrggbb", async () => {
    const { page } = await open();
    // the browser's picker is outside the page; its choice reaches the input as input + change
    await page.getByLabel("New Color").fill("#3366ff");
    await see(page, "Color 2: #3366ff");
    await page.context().close();
  });
});
