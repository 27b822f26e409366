/**
 * Streamlit's data editor e2e tests, for what edgelit has: the editor interactions of
 * e2e_playwright/st_dataframe_interactions_test.py (editing a number and a text cell with
 * Enter, adding a row from the toolbar, deleting a selected row with the toolbar and with
 * Delete, keeping the edits when other elements come and go) and the disabled columns of
 * st_data_editor_config.py — checked by what the page prints of the returned data rather
 * than by the grid's height. Plus the keyboard (arrows, typing, Tab, Escape), forms, and a
 * refresh keeping the edits.
 *
 * Not ported: screenshots; the toolbar's hover opacity, search, fullscreen and CSV download
 * (edgelit's editor has none); st_data_editor_column_types / _input_data / _index_types
 * (pandas dtypes and index kinds, which JavaScript data doesn't have); column widths, order,
 * and the link, datetime, time, progress, list, chart and image columns.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";

const app = useTestApp();
/** The page, once the grid's code (its own chunk, loaded on first use) has drawn every editor. */
async function open() {
  const opened = await app.open("/conformance/data-editor", { locale: "en-US" });
  await opened.page.getByRole("grid", { name: "Order", exact: true }).waitFor();
  return opened;
}

const grid = (page: Page, name: string) => page.getByRole("grid", { name, exact: true });
/** The cell at a body row and a column, both counted from 1 as aria-rowindex / aria-colindex are (the header is row 1). */
const cell = (g: Locator, row: number, col: number) => g.locator(`tr[aria-rowindex="${row + 1}"] > [aria-colindex="${col}"]`);

describe("st.dataEditor as Streamlit's tests expect it", () => {
  it("draws every editor as a named grid, with no console error", async () => {
    const { page, problems } = await open();
    for (const name of ["Dynamic", "Cell editor", "Disabled all", "Disabled two", "Tasks", "Team", "Order"]) {
      expect(await grid(page, name).count()).toBe(1);
    }
    await see(page, "Rows: 5");
    expect(await grid(page, "Dynamic").getByRole("row").count()).toBe(6);
    expect(await grid(page, "Cell editor").getByRole("columnheader").allTextContents()).toEqual(["big_numbers", "text"]);
    await page.screenshot({ path: "test-results/data-editor.png", fullPage: true });
    await page.setViewportSize({ width: 380, height: 800 });
    await grid(page, "Tasks").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/data-editor-narrow.png" });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("edits a number cell: double click, type, Enter (test_number_cell_editing)", async () => {
    const { page } = await open();
    const g = grid(page, "Cell editor");
    await cell(g, 1, 1).dblclick();
    const input = g.getByRole("textbox");
    expect(await input.inputValue()).toBe("1231231.41");
    await g.screenshot({ path: "test-results/data-editor-editing.png" });
    await page.keyboard.press("Control+A");
    await page.keyboard.type("9876.54");
    await page.keyboard.press("Enter");
    await see(page, 'Edited DF: {"big_numbers":[9876.54,12012],"text":["hello world","foo"]}');
    await page.context().close();
  });

  it("edits a text cell (test_text_cell_editing), one change per commit, not per keystroke", async () => {
    const { page } = await open();
    const g = grid(page, "Cell editor");
    await cell(g, 1, 2).dblclick();
    expect(await g.getByRole("textbox").inputValue()).toBe("hello world");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("edited");
    await page.waitForTimeout(300);
    await see(page, 'Edited DF: {"big_numbers":[1231231.41,12012],"text":["hello world","foo"]}');
    await page.keyboard.press("Enter");
    await see(page, 'Edited DF: {"big_numbers":[1231231.41,12012],"text":["edited","foo"]}');
    await page.context().close();
  });

  it("adds a row from the toolbar and keeps it when other elements change (test_data_editor_add_row_via_toolbar, _keeps_state)", async () => {
    const { page } = await open();
    await page.getByRole("button", { name: "Add row to Dynamic" }).click();
    await see(page, "Rows: 6");
    await see(page, "Column A: [1.76,0.4,0.98,2.24,1.87,null]");
    // the new row's first cell is the active one: typing edits it
    await page.keyboard.type("5");
    await page.keyboard.press("Enter");
    await see(page, "Column A: [1.76,0.4,0.98,2.24,1.87,5]");
    await page.getByRole("button", { name: "Create some elements to unmount component" }).click();
    await see(page, "Another element");
    await see(page, "Column A: [1.76,0.4,0.98,2.24,1.87,5]");
    expect(await grid(page, "Dynamic").getByRole("row").count()).toBe(7);
    await page.context().close();
  });

  it("deletes a selected row with the toolbar and with the Delete key (test_data_editor_delete_row_via_toolbar / _hotkey)", async () => {
    const { page } = await open();
    const g = grid(page, "Dynamic");
    await g.getByRole("checkbox", { name: "Select row 1" }).click();
    expect(await g.getByRole("row", { selected: true }).count()).toBe(1);
    await g.screenshot({ path: "test-results/data-editor-selected.png" });
    await page.getByRole("button", { name: "Delete row from Dynamic" }).click();
    await see(page, "Rows: 4");
    await see(page, "Column A: [0.4,0.98,2.24,1.87]");
    await g.getByRole("checkbox", { name: "Select row 2" }).click();
    await page.keyboard.press("Delete");
    await see(page, "Rows: 3");
    await see(page, "Column A: [0.4,2.24,1.87]");
    await page.context().close();
  });

  it("moves with the arrows, edits on typing, commits with Tab and cancels with Escape", async () => {
    const { page } = await open();
    const g = grid(page, "Cell editor");
    await cell(g, 1, 1).click();
    await page.keyboard.press("ArrowDown");
    expect(await cell(g, 2, 1).getAttribute("tabindex")).toBe("0");
    await page.keyboard.type("42");
    await page.keyboard.press("Tab"); // commits, moves right
    await see(page, 'Edited DF: {"big_numbers":[1231231.41,42],"text":["hello world","foo"]}');
    expect(await cell(g, 2, 2).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.keyboard.type(" bar");
    await page.keyboard.press("Escape");
    expect(await cell(g, 2, 2).textContent()).toBe("foo");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("F2");
    await page.keyboard.press("End");
    await page.keyboard.type("!");
    await page.keyboard.press("Enter");
    await see(page, 'Edited DF: {"big_numbers":[1231231.41,42],"text":["hello world!","foo"]}');
    await page.context().close();
  });

  it("can't edit a disabled editor or disabled columns; the other columns edit (st_data_editor_config)", async () => {
    const { page } = await open();
    const all = grid(page, "Disabled all");
    expect(await all.getAttribute("aria-readonly")).toBe("true");
    await cell(all, 1, 2).dblclick();
    await page.keyboard.type("9");
    expect(await all.getByRole("textbox").count()).toBe(0);

    const two = grid(page, "Disabled two");
    // col_1 (3rd grid column after the index) is disabled, col_0 is not
    expect(await cell(two, 1, 3).getAttribute("aria-readonly")).toBe("true");
    await cell(two, 1, 3).dblclick();
    expect(await two.getByRole("textbox").count()).toBe(0);
    await cell(two, 1, 2).dblclick();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("7");
    await page.keyboard.press("Enter");
    await see(page, 'Disabled two: {"col_0":[7,2,3],"col_1":["a","b","c"],"col_2":[true,false,true],"col_4":[10,20,30]}');
    await page.context().close();
  });

  it("toggles a checkbox cell with Space and picks a select cell's option", async () => {
    const { page } = await open();
    const g = grid(page, "Tasks");
    await cell(g, 1, 3).click();
    await page.keyboard.press("Space");
    await see(page, 'Tasks: [{"task":"Write","done":true,"size":"S","due":"2024-05-01T00:00:00.000Z"},{"task":"Test","done":true,"size":"M","due":null}]');
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await g.getByRole("combobox").selectOption("L");
    await page.keyboard.press("Enter");
    await see(page, 'Tasks: [{"task":"Write","done":true,"size":"L","due":"2024-05-01T00:00:00.000Z"},{"task":"Test","done":true,"size":"M","due":null}]');
    await page.context().close();
  });

  it("keeps a new row in the browser until its required cells are filled, then sends it once", async () => {
    const { page } = await open();
    const g = grid(page, "Team");
    await page.getByRole("button", { name: "Add row to Team" }).click();
    expect(await g.getByRole("row").count()).toBe(3);
    // the active cell is the new row's first: name (required); fill age first
    await page.keyboard.press("ArrowRight");
    await page.keyboard.type("41");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    await see(page, 'Team: [{"name":"Ada","age":36}]');
    await cell(g, 2, 2).click();
    await page.keyboard.type("Bo");
    await page.keyboard.press("Enter");
    await see(page, 'Team: [{"name":"Ada","age":36},{"name":"Bo","age":41}]');
    expect(await g.getByRole("row").count()).toBe(3);
    await page.context().close();
  });

  it("holds its edits in a form until the form is submitted", async () => {
    const { page } = await open();
    const g = grid(page, "Order");
    await cell(g, 1, 3).dblclick();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("3");
    await page.keyboard.press("Enter"); // commits the cell; doesn't submit the form
    await page.waitForTimeout(300);
    await see(page, 'Order: [{"item":"pen","qty":1}]');
    await page.getByRole("button", { name: "Submit order" }).click();
    await see(page, 'Order: [{"item":"pen","qty":3}]');
    await page.context().close();
  });

  it("keeps the edits across a refresh", async () => {
    const { page } = await open();
    await cell(grid(page, "Cell editor"), 2, 2).dblclick();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("kept");
    await page.keyboard.press("Enter");
    await see(page, 'Edited DF: {"big_numbers":[1231231.41,12012],"text":["hello world","kept"]}');
    await page.reload();
    await idle(page);
    await see(page, 'Edited DF: {"big_numbers":[1231231.41,12012],"text":["hello world","kept"]}');
    expect(await cell(grid(page, "Cell editor"), 2, 2).textContent()).toBe("kept");
    await page.context().close();
  });
});
