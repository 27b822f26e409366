/**
 * Ports Streamlit's e2e_playwright/st_date_input.py (the page: test/e2e/app/conformance/date-input.ts)
 * and st_date_input_test.py, read together with frontend/lib/src/components/widgets/DateInput/DateInput.tsx
 * for what a person sees while a range is half chosen.
 *
 * edgelit's date input is the browser's own `<input type="date">` (en-US here: mm/dd/yyyy
 * fields), so Streamlit's clicks on BaseWeb calendar days become keys typed into the fields,
 * an arrow key on the day field, or a day picked in the browser's calendar popup with the
 * keyboard. Values print as ISO strings, ranges as JSON lists, no date as null.
 *
 * Not ported:
 * - the screenshot assertions (test_date_input_rendering, the calendar pickers' and the
 *   clearable input's snapshots);
 * - widgets 7–11 and 14: `label_visibility`, `format=` and a value seeded through
 *   `st.session_state[key]`, which edgelit doesn't have (widget values aren't mirrored into
 *   session state, on purpose);
 * - Escape clearing the field (a BaseWeb key): the native input is cleared with Backspace
 *   or the Clear button;
 * - test_check_top_level_class / test_custom_css_class_via_key (Streamlit's CSS classes).
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";

const app = useTestApp();
const open = () => app.open("/conformance/date-input", { locale: "en-US" });

/** Where in a native date input to click: its month field (mm/dd/yyyy), its calendar button. */
async function clickAt(page: Page, input: Locator, where: "month" | "calendar"): Promise<void> {
  await input.scrollIntoViewIfNeeded();
  const box = await input.boundingBox();
  if (!box) throw new Error("the date input is not visible");
  await page.mouse.click(where === "month" ? box.x + 14 : box.x + box.width - 23, box.y + box.height / 2);
}

/** Clicks the month field and types the date's digits (each field moves on to the next when full). */
async function typeDate(page: Page, input: Locator, iso: string): Promise<void> {
  await clickAt(page, input, "month");
  const [y, m, d] = iso.split("-");
  await page.keyboard.type(`${m}${d}${y}`);
}

/** Clicks the month field and moves to the day field. */
async function clickDay(page: Page, input: Locator): Promise<void> {
  await clickAt(page, input, "month");
  await page.keyboard.press("ArrowRight");
}

/**
 * Leaves the field by clicking the text below it (as Streamlit's test clicks outside): Tab
 * moves between the fields of a date first, then to its calendar button.
 */
async function leave(page: Page, n: number): Promise<void> {
  await page.getByText(new RegExp(`^Value ${n}: `)).click();
}

const date = (page: Page, label: string) => page.getByLabel(label, { exact: true });

describe("st_date_input in Chromium", () => {
  it("shows every date input's initial value, with no console error", async () => {
    const { page, problems } = await open();
    for (const text of [
      "Value 1: 1970-01-01",
      "Value 2: 2019-07-06",
      "Value 3: []",
      'Value 4: ["2019-07-06"]',
      'Value 5: ["2019-07-06","2019-07-08"]',
      "Value 6: []",
      "Value 12: 1970-01-01",
      "Date Input Changed: False",
      "Value 13: null",
    ]) {
      await see(page, text);
    }
    expect(await date(page, "Single date").inputValue()).toBe("1970-01-01");
    expect(await date(page, "Range, two dates start").inputValue()).toBe("2019-07-06");
    expect(await date(page, "Range, two dates end").inputValue()).toBe("2019-07-08");
    expect(await date(page, "Range, one date end").inputValue()).toBe("");
    expect(await date(page, "Empty value").inputValue()).toBe("");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows the help text as the date input's tooltip", async () => {
    const { page } = await open();
    const field = page.locator(".el-widget", { has: date(page, "Single date") });
    expect(await field.getAttribute("title")).toContain("This is a regular text block!\nTest1\nTest2");
    expect(await page.locator(".el-widget", { has: date(page, "Single datetime") }).getAttribute("title")).toBe("Help text");
    await page.context().close();
  });

  it("a date typed into the fields is sent when the field is left, not while typing", async () => {
    const { page, problems } = await open();
    await typeDate(page, date(page, "Single date"), "1970-01-02");
    await page.waitForTimeout(300);
    await see(page, "Value 1: 1970-01-01");
    await leave(page, 1);
    await see(page, "Value 1: 1970-01-02");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("the up arrow on the day field moves to the next day, and Enter sends it", async () => {
    const { page } = await open();
    await clickDay(page, date(page, "Single date"));
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await see(page, "Value 1: 1970-01-02");
    await page.context().close();
  });

  it("a day picked in the calendar is sent at once", async () => {
    const { page } = await open();
    // the calendar button, then the next day in the popup
    await clickAt(page, date(page, "Single date"), "calendar");
    await page.waitForTimeout(300);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await see(page, "Value 1: 1970-01-02");
    await page.context().close();
  });

  it("an emptied date that may not be empty goes back to its default when left", async () => {
    const { page, problems } = await open();
    const input = date(page, "Single date");
    await typeDate(page, input, "1970-01-02");
    await page.keyboard.press("Enter");
    await see(page, "Value 1: 1970-01-02");
    await clickDay(page, input);
    await page.keyboard.press("Backspace");
    await leave(page, 1);
    await see(page, "Value 1: 1970-01-01");
    await expect.poll(() => input.inputValue()).toBe("1970-01-01");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a typed date before min is not taken: the last date stays", async () => {
    const { page, problems } = await open();
    const input = date(page, "Single date");
    await typeDate(page, input, "1969-12-31");
    await leave(page, 1);
    await idle(page);
    await expect.poll(() => input.inputValue()).toBe("1970-01-01");
    await see(page, "Value 1: 1970-01-01");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a date that starts empty takes a typed date, and is emptied again by its Clear button or Backspace", async () => {
    const { page, problems } = await open();
    const input = date(page, "Empty value");
    expect(await page.getByRole("button", { name: "Clear Empty value" }).count()).toBe(0);
    await typeDate(page, input, "1970-01-02");
    await page.keyboard.press("Enter");
    await see(page, "Value 13: 1970-01-02");
    await page.getByRole("button", { name: "Clear Empty value" }).click();
    await see(page, "Value 13: null");
    expect(await input.inputValue()).toBe("");
    expect(await page.getByRole("button", { name: "Clear Empty value" }).count()).toBe(0);

    await typeDate(page, input, "1970-01-03");
    await leave(page, 13);
    await see(page, "Value 13: 1970-01-03");
    await clickDay(page, input);
    await page.keyboard.press("Backspace");
    await leave(page, 13);
    await see(page, "Value 13: null");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("choosing only the start of a range re-runs the page with a one-date range, and the end completes it", async () => {
    const { page, problems } = await open();
    await typeDate(page, date(page, "Range, no date start"), "2019-07-10");
    await page.waitForTimeout(300);
    await see(page, "Value 3: []");
    // Tab from the start's year goes by its calendar button to the end: the start alone is sent
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await see(page, 'Value 3: ["2019-07-10"]');
    expect(await page.getByLabel("Range, no date end", { exact: true }).evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type("07122019");
    await page.keyboard.press("Enter");
    await see(page, 'Value 3: ["2019-07-10","2019-07-12"]');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("the end date of a one-date range is set on its own (test_handles_range_end_date_changes)", async () => {
    const { page } = await open();
    await typeDate(page, date(page, "Range, one date end"), "2019-07-10");
    await leave(page, 4);
    await see(page, 'Value 4: ["2019-07-06","2019-07-10"]');
    await page.context().close();
  });

  it("a start moved past the end begins a new range there, which a new end completes", async () => {
    const { page } = await open();
    await typeDate(page, date(page, "Range, two dates start"), "2019-07-10");
    await page.keyboard.press("Enter");
    await see(page, 'Value 5: ["2019-07-10"]');
    expect(await date(page, "Range, two dates end").inputValue()).toBe("");
    await typeDate(page, date(page, "Range, two dates end"), "2019-07-12");
    await page.keyboard.press("Enter");
    await see(page, 'Value 5: ["2019-07-10","2019-07-12"]');
    await page.context().close();
  });

  it("an end put before the start swaps the two", async () => {
    const { page } = await open();
    await typeDate(page, date(page, "Range, two dates end"), "2019-07-01");
    await page.keyboard.press("Enter");
    await see(page, 'Value 5: ["2019-07-01","2019-07-06"]');
    await page.context().close();
  });

  it("a range is emptied by its Clear button (test_range_is_empty_if_calendar_closed_empty)", async () => {
    const { page } = await open();
    await page.getByRole("button", { name: "Clear Range, two dates" }).click();
    await see(page, "Value 5: []");
    expect(await date(page, "Range, two dates start").inputValue()).toBe("");
    expect(await date(page, "Range, two dates end").inputValue()).toBe("");
    await page.context().close();
  });

  it("a disabled range can't be edited", async () => {
    const { page } = await open();
    expect(await date(page, "Disabled, no date start").isDisabled()).toBe(true);
    expect(await date(page, "Disabled, no date end").isDisabled()).toBe(true);
    await page.context().close();
  });

  it("the callback runs on change, and only for its own widget", async () => {
    const { page } = await open();
    await typeDate(page, date(page, "Single date with callback"), "1970-01-02");
    await page.keyboard.press("Enter");
    await see(page, "Value 12: 1970-01-02");
    await see(page, "Date Input Changed: True");

    await typeDate(page, date(page, "Single date"), "1971-01-03");
    await page.keyboard.press("Enter");
    await see(page, "Value 1: 1971-01-03");
    await see(page, "Value 12: 1970-01-02");
    await see(page, "Date Input Changed: False");
    await page.context().close();
  });
});
