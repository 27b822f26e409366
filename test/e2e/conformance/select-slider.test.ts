/**
 * Streamlit's e2e_playwright/st_select_slider_test.py (app: st_select_slider.py, ported as
 * test/e2e/app/conformance/select-slider.ts), in Chromium against edgelit. A select slider
 * is edgelit's slider over the options' positions: found by its label (a range's ends as
 * "<label> start" and "<label> end"), its value read aloud as the option.
 *
 * Not ported: the screenshot assertions (test_select_slider_rendering); sliders 6, 7 and 11
 * (`label_visibility`, fragments); the second "Value 1" line read from session state (not
 * mirrored in edgelit); the thumb label realigning when its expander reopens (edgelit's
 * value is text above the track, not a label riding the thumb); the top-level CSS class and
 * the key as a class (Streamlit's DOM). Streamlit presses the mouse without releasing it
 * (Streamlit sends while dragging); edgelit sends when the slider is let go, so each press
 * here is a whole click, and the drag is pressed, moved and released.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";
import { clickMiddle, scrollToMiddle } from "./track";

const app = useTestApp();
const open = () => app.open("/conformance/select-slider");
const LABEL_1 = "Label 1 (format_func with key and help)";
const slider = (page: Page, name: string) => page.getByRole("slider", { name, exact: true });
const track = (page: Page, label: string) => page.getByRole("group", { name: label, exact: true }).locator(".el-track");

describe("st.selectSlider as st_select_slider_test expects it", () => {
  it("shows every select slider's starting option and logs no console error", async () => {
    const { page, problems } = await open();
    for (const line of [
      "Value 1: ('orange', 'blue')",
      "Value 2: 1",
      "Value 3: (2, 5)",
      "Value 4: 5",
      "Value 5: ('orange', 'blue')",
      "Value 8: 1",
      "Select slider changed: False",
      "Value 9: This is a very, very long option",
      "select_slider-in-form selection: 1",
      "Runs: 1",
    ]) {
      await see(page, line);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows the formatted options, and a screen reader hears them", async () => {
    const { page } = await open();
    await see(page, "Color: orange – Color: blue");
    expect(await slider(page, `${LABEL_1} start`).getAttribute("aria-valuetext")).toBe("Color: orange");
    expect(await slider(page, `${LABEL_1} end`).getAttribute("aria-valuetext")).toBe("Color: blue");
    await page.context().close();
  });

  it("the help text is its tooltip", async () => {
    const { page } = await open();
    expect(await page.getByTitle("Help in a select slider").getByRole("slider", { name: `${LABEL_1} start` }).count()).toBe(1);
    await page.context().close();
  });

  it("pressing the middle of a range moves its nearer end there, and dragging left moves it with the pointer", async () => {
    const { page } = await open();
    // the middle of seven options is green (3): nearer to blue (4) than to orange (1)
    await clickMiddle(page, track(page, LABEL_1));
    await see(page, "Value 1: ('orange', 'green')");
    const box = await scrollToMiddle(page, track(page, LABEL_1));
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + (box.width * 2.1) / 6, y, { steps: 5 }); // over yellow (2)
    await page.mouse.up();
    await see(page, "Value 1: ('orange', 'yellow')");
    await page.context().close();
  });

  it("arrow keys step the end that was pressed, one option per press", async () => {
    const { page } = await open();
    await clickMiddle(page, track(page, LABEL_1));
    await see(page, "Value 1: ('orange', 'green')");
    await page.keyboard.press("ArrowRight");
    await see(page, "Value 1: ('orange', 'blue')");
    await page.keyboard.press("ArrowLeft");
    await see(page, "Value 1: ('orange', 'green')");
    await page.context().close();
  });

  it("arrow keys step a single select slider", async () => {
    const { page } = await open();
    await slider(page, "Label 2 (no default)").focus();
    await page.keyboard.press("ArrowRight");
    await see(page, "Value 2: 2");
    await page.keyboard.press("End");
    await see(page, "Value 2: 5");
    await page.context().close();
  });

  it("runs its callback when it moves", async () => {
    const { page } = await open();
    await clickMiddle(page, slider(page, "Label 8 (on change)"));
    await see(page, "Value 8: 3");
    await see(page, "Select slider changed: True");
    await page.context().close();
  });

  it("inside a form it waits for Submit, and the form clears on submit", async () => {
    const { page } = await open();
    const inForm = slider(page, "Label 10 (form)");
    await clickMiddle(page, inForm);
    expect(await inForm.getAttribute("aria-valuetext")).toBe("3");
    await page.waitForTimeout(300);
    await idle(page);
    await see(page, "select_slider-in-form selection: 1");
    await page.getByRole("button", { name: "Submit" }).click();
    await see(page, "select_slider-in-form selection: 3");
    await expect.poll(() => inForm.inputValue()).toBe("0");
    await page.context().close();
  });

  it("a disabled select slider doesn't move", async () => {
    const { page } = await open();
    expect(await slider(page, "Label 5 (disabled) start").isDisabled()).toBe(true);
    await clickMiddle(page, track(page, "Label 5 (disabled)"));
    await page.waitForTimeout(300);
    await see(page, "Value 5: ('orange', 'blue')");
    await page.context().close();
  });
});
