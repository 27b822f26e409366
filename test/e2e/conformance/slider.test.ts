/**
 * Streamlit's e2e_playwright/st_slider_test.py (app: st_slider.py, ported as
 * test/e2e/app/conformance/slider.ts), in Chromium against edgelit.
 *
 * Not ported:
 * - the screenshot assertions (test_slider_rendering, and the snapshots inside the others);
 * - date and time sliders ("Label 1", "Label 7", "Slider 12") and `format=` strings
 *   ("Slider 11"): edgelit's slider is numeric and has no format strings — the date-range
 *   tests' click, drag and arrow-key steps are asserted on the numeric "Label 2" instead,
 *   which also carries the help tooltip;
 * - `label_visibility` ("Label 5", "Label 6") and fragments ("Label 10", "Runs"): not in
 *   edgelit's API;
 * - the top-level CSS class and the class from the key (test_check_top_level_class,
 *   test_custom_css_class_via_key): Streamlit's styling hooks, not behaviour;
 * - Streamlit presses the mouse without releasing it (Streamlit sends while dragging);
 *   edgelit sends when the slider is let go, so each press here is a whole click.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";
import { clickMiddle, scrollToMiddle } from "./track";

const app = useTestApp();
const open = () => app.open("/conformance/slider");

/**
 * The numbers printed after `prefix`. A sidebar track is some 150 pixels wide, so one pixel
 * there is about 100 values: "the middle" is the middle to within a pixel (Streamlit's
 * wider track lands on 17500 exactly).
 */
async function printed(page: Page, prefix: string): Promise<number[]> {
  await idle(page);
  const text = (await page.getByText(new RegExp(`^${prefix}`)).textContent()) ?? "";
  return [...text.slice(prefix.length).matchAll(/\d+(\.\d+)?/g)].map((m) => Number(m[0]));
}

/** within one pixel of a narrow track (1 % of the range) */
const near = (v: number | undefined, middle: number, range: number) => Math.abs((v ?? Number.NaN) - middle) <= range / 100;

describe("st.slider as Streamlit's st_slider_test expects it", () => {
  it("shows every slider's starting value and logs no console error", async () => {
    const { page, problems } = await open();
    for (const text of [
      "Value A: 12345678",
      "Range Value A: (10000, 25000)",
      "Value B: 10000",
      "Range Value B: (10000, 25000)",
      "Value 2: (25, 75)",
      "Value 3: 1",
      "Value 4: 10000",
      "Value 8: 25",
      "Slider changed: False",
      "slider-in-form selection: 25",
      "Slider 11: 0",
    ]) {
      await see(page, text);
    }
    expect(await page.getByRole("slider", { name: /^Label 3 - This is a very very .* long label$/ }).inputValue()).toBe("1");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("clicking the middle of the track moves a slider there, and the nearer end of a range, in an expander in the sidebar", async () => {
    const { page, problems } = await open();
    await clickMiddle(page, page.getByRole("slider", { name: "Label B" }));
    await expect.poll(async () => near((await printed(page, "Value B: "))[0], 17500, 15000)).toBe(true);
    // both ends are as far from the middle: the start moves, as in Streamlit
    await clickMiddle(page, page.getByRole("group", { name: "Range B" }).locator(".el-track"));
    await expect.poll(() => printed(page, "Range Value B: ")).not.toEqual([10000, 25000]);
    const [lo, hi] = await printed(page, "Range Value B: ");
    expect(near(lo, 17500, 15000) && hi === 25000, `Range Value B: (${lo}, ${hi})`).toBe(true);
    expect(await page.getByRole("slider", { name: "Range B start" }).inputValue()).toBe(String(lo));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("clicking the middle of the track moves a slider and a range in the sidebar", async () => {
    const { page } = await open();
    await clickMiddle(page, page.getByRole("slider", { name: "Label A" }));
    await expect.poll(async () => near((await printed(page, "Value A: "))[0], 12345678 / 2, 12345678)).toBe(true);
    await clickMiddle(page, page.getByRole("group", { name: "Range A" }).locator(".el-track"));
    await expect.poll(() => printed(page, "Range Value A: ")).not.toEqual([10000, 25000]);
    const [lo, hi] = await printed(page, "Range Value A: ");
    expect(near(lo, 17500, 15000) && hi === 25000, `Range Value A: (${lo}, ${hi})`).toBe(true);
    await page.context().close();
  });

  it("pressing the middle of a range and dragging to the far left takes its start to the minimum", async () => {
    const { page } = await open();
    const track = await scrollToMiddle(page, page.getByRole("group", { name: "Label 2" }).locator(".el-track"));
    await page.mouse.move(track.x + track.width / 2, track.y + track.height / 2);
    await page.mouse.down();
    await page.mouse.move(0, 0, { steps: 5 });
    await page.mouse.up();
    await see(page, "Value 2: (0, 75)");
    await page.context().close();
  });

  it("arrow keys step a slider one value per press", async () => {
    const { page } = await open();
    const slider = page.getByRole("slider", { name: "Label 8" });
    await clickMiddle(page, slider);
    await see(page, "Value 8: 50");
    await page.keyboard.press("ArrowRight");
    await see(page, "Value 8: 51");
    await page.keyboard.press("ArrowLeft");
    await see(page, "Value 8: 50");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await see(page, "Value 8: 53");
    await page.context().close();
  });

  it("arrow keys step a float slider and each end of a range by its step", async () => {
    const { page } = await open();
    await page.getByRole("slider", { name: "Slider 11 (float)" }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    await see(page, "Slider 11: 0.8");
    await page.getByRole("slider", { name: "Label 2 start" }).focus();
    await page.keyboard.press("ArrowRight");
    await see(page, "Value 2: (25.5, 75)");
    await page.getByRole("slider", { name: "Label 2 end" }).focus();
    await page.keyboard.press("ArrowLeft");
    await see(page, "Value 2: (25.5, 74.5)");
    await page.context().close();
  });

  it("a slider with onChange runs its callback", async () => {
    const { page } = await open();
    await clickMiddle(page, page.getByRole("slider", { name: "Label 8" }));
    await see(page, "Value 8: 50");
    await see(page, "Slider changed: True");
    await page.context().close();
  });

  it("a slider in a form sends nothing until Submit, and the form clears on submit", async () => {
    const { page } = await open();
    const slider = page.getByRole("slider", { name: "Label 9" });
    await clickMiddle(page, slider);
    expect(await slider.inputValue()).toBe("50");
    await page.waitForTimeout(300);
    await idle(page);
    await see(page, "slider-in-form selection: 25");
    await page.getByRole("button", { name: "Submit" }).click();
    await see(page, "slider-in-form selection: 50");
    await expect.poll(() => slider.inputValue()).toBe("25");
    await page.context().close();
  });

  it("a disabled slider doesn't move when its track is clicked", async () => {
    const { page } = await open();
    const slider = page.getByRole("slider", { name: "Label 4" });
    expect(await slider.isDisabled()).toBe(true);
    await clickMiddle(page, slider);
    await page.waitForTimeout(300);
    expect(await slider.inputValue()).toBe("10000");
    await see(page, "Value 4: 10000");
    await page.context().close();
  });

  it("the help text is the slider's tooltip", async () => {
    const { page } = await open();
    const tooltip = page.getByTitle("This is some help tooltip!");
    expect(await tooltip.getByRole("slider", { name: "Label 2 start" }).count()).toBe(1);
    expect(await tooltip.getByText("Label 2", { exact: true }).isVisible()).toBe(true);
    await page.context().close();
  });
});
