/**
 * Streamlit's e2e_playwright/st_dataframe_selections_test.py, st_dataframe_config_test.py /
 * st_column_config*_test.py and st_table_test.py, for what edgelit has; plus what a
 * 100,000-row table must do: open with a DOM of constant size, scroll to its last row, sort
 * every row by a header, return a selected row to the page.
 * Not ported: screenshots; column selections, drag-selecting rows, the toolbar (search,
 * download, fullscreen), editing (st.data_editor), the index types of pandas. Unlike
 * Streamlit, sorting keeps the row selection (rows are selected by their index in the data).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { idle, see, useTestApp } from "../harness";

const app = useTestApp();

/** the grid under a subheader's text */
const grid = (page: Page, n: number) => page.getByRole("grid").nth(n);

async function pick(page: Page, table: number, row: number): Promise<void> {
  await grid(page, table).getByLabel(`Select row ${row}`, { exact: true }).click();
  await idle(page);
}

describe("st.dataframe selections as Streamlit's tests expect them", () => {
  it("single-row select: a second row replaces the first", async () => {
    const { page, problems } = await app.open("/conformance/dataframe-selections");
    await see(page, "Dataframe single-row selection: []");
    await pick(page, 0, 0);
    await see(page, "Dataframe single-row selection: [0.841]");
    await pick(page, 0, 1);
    await see(page, "Dataframe single-row selection: [-0.279]");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("multi-row select keeps every row clicked, in the data's order", async () => {
    const { page } = await app.open("/conformance/dataframe-selections");
    await pick(page, 1, 2);
    await pick(page, 1, 0);
    await see(page, "Dataframe multi-row selection: [0.841,-1]");
    expect(await grid(page, 1).getByRole("row", { selected: true }).count()).toBe(2);
    await page.context().close();
  });

  it("selects every row at once, and Escape clears the selection", async () => {
    const { page } = await app.open("/conformance/dataframe-selections");
    await grid(page, 1).getByLabel("Select all rows").click();
    await see(page, "Dataframe multi-row selection: [0.841,-0.279,-1,-0.288,0.837]");
    await grid(page, 1).focus();
    await page.keyboard.press("Escape");
    await see(page, "Dataframe multi-row selection: []");
    await page.context().close();
  });

  it("in a form, the selection waits for the submit", async () => {
    const { page } = await app.open("/conformance/dataframe-selections");
    await pick(page, 2, 0);
    await pick(page, 2, 2);
    await page.waitForTimeout(200);
    await see(page, "Dataframe-in-form selection: []");
    await page.getByRole("button", { name: "Submit" }).click();
    await see(page, "Dataframe-in-form selection: [0.841,-1]");
    await page.context().close();
  });

  it("runs the callback when the selection changes", async () => {
    const { page } = await app.open("/conformance/dataframe-selections");
    await pick(page, 3, 1);
    await see(page, "Callback called: 1");
    await page.context().close();
  });
});

describe("st.column_config as Streamlit's tests expect it", () => {
  it("hides the index, orders, labels and hides columns", async () => {
    const { page } = await app.open("/conformance/dataframe-config");
    await grid(page, 3).waitFor(); // the table code is its own chunk
    const headers = (n: number) => grid(page, n).getByRole("columnheader").allTextContents();
    expect(await headers(0)).toEqual(["col_0", "col_1", "col_2", "col_3", "col_4"]);
    expect(await grid(page, 0).getByRole("rowheader").count()).toBe(0);
    expect(await headers(1)).toEqual(["Row", "col_4", "col_3", "col_0"]);
    expect(await headers(2)).toEqual(["Row", "Column 0", "col_1", "Column 1", "col_3", "col_4"]);
    expect(await headers(3)).toEqual(["Row", "col_0", "col_2", "col_4"]);
    await page.context().close();
  });

  it("formats numbers, dates and links, draws checkboxes, bars and sparklines, hides a column", async () => {
    const { page, problems } = await app.open("/conformance/dataframe-config");
    const g = grid(page, 4);
    for (const text of ["Price", "$1.50", "$1234.57", "12.34%", "50.00%", "3 items", "1200 items", "25%", "docs", "5 Jan 2024", "24 Dec 2023"]) {
      await g.getByText(text, { exact: true }).first().waitFor();
    }
    expect(await g.getByRole("columnheader", { name: "Done?" }).count()).toBe(1);
    expect(await g.getByRole("img", { name: "checked", exact: true }).count()).toBe(1);
    expect(await g.locator(".el-df-bar").count()).toBe(2);
    expect(await g.locator("svg.el-df-spark polyline").count()).toBe(2);
    expect(await g.getByRole("columnheader", { name: "secret" }).count()).toBe(0);
    expect(await g.getByRole("link", { name: "docs" }).getAttribute("href")).toBe("https://docs.streamlit.io");
    expect(await g.getByRole("columnheader", { name: "Price" }).getAttribute("title")).toBe("in dollars");
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("st.table as Streamlit's tests expect it", () => {
  it("draws every row, empty tables too", async () => {
    const { page, problems } = await app.open("/conformance/table");
    await page.locator(".el-table table").nth(3).waitFor(); // the table code is its own chunk
    expect(await page.locator(".el-table table").count()).toBe(4);
    expect(await page.locator(".el-table").nth(3).locator("tbody tr").count()).toBe(50);
    const types = page.locator(".el-table").nth(2);
    for (const text of ["2.5", "2020-01-01 00:00:00", "2021-06-30 12:30:00", "[1, 2]"]) await types.getByText(text, { exact: true }).waitFor();
    expect(await types.getByText("None", { exact: true }).count()).toBe(5);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("a 100,000-row dataframe", () => {
  it("opens with the real size known and only the visible rows in the DOM", async () => {
    const { page, problems } = await app.open("/conformance/dataframe-big");
    const g = grid(page, 0);
    await g.getByText("row 0", { exact: true }).waitFor();
    expect(await g.getAttribute("aria-rowcount")).toBe("100001");
    expect(await g.getByRole("row").count()).toBeLessThan(40);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("scrolls by row and by page with the arrows and PageDown, to its last row with End, and back with Home", async () => {
    const { page } = await app.open("/conformance/dataframe-big");
    const g = grid(page, 0);
    await g.focus();
    const top = () => g.evaluate((el) => el.scrollTop);
    await page.keyboard.press("ArrowDown");
    await expect.poll(top).toBe(35);
    await page.keyboard.press("PageDown");
    await expect.poll(top).toBeGreaterThan(300);
    await page.keyboard.press("End");
    await g.getByText("row 99999", { exact: true }).waitFor();
    expect(await g.getByRole("row").last().getAttribute("aria-rowindex")).toBe("100001");
    await page.keyboard.press("PageUp");
    await page.keyboard.press("Home");
    await g.getByText("row 0", { exact: true }).waitFor();
    await page.context().close();
  });

  it("sorts every row by a header: largest first on the second click, the data's order on the third", async () => {
    const { page } = await app.open("/conformance/dataframe-big");
    const g = grid(page, 0);
    const header = g.getByRole("columnheader", { name: "value" });
    await header.getByRole("button").click();
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("ascending");
    await header.getByRole("button").click();
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("descending");
    const values = Array.from({ length: 100_000 }, (_, i) => (i % 10 === 9 ? -1 : (i * 7919) % 100_003));
    const max = Math.max(...values);
    const first = g.locator('[role="row"][aria-rowindex="2"]');
    await expect.poll(() => first.textContent()).toContain(max.toLocaleString("en-US"));
    // the sort is the tab's view state: it survives a refresh
    await page.reload();
    await idle(page);
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("descending");
    await expect.poll(() => first.textContent()).toContain(max.toLocaleString("en-US"));
    await header.getByRole("button").click();
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("none");
    await expect.poll(() => first.textContent()).toContain("row 0");
    await page.context().close();
  });

  it("returns a selected row to the page, also one picked after sorting and scrolling", async () => {
    const { page } = await app.open("/conformance/dataframe-big");
    const g = grid(page, 0);
    await pick(page, 0, 1);
    await see(page, 'picked: ["row 1"]');
    await g.focus();
    await page.keyboard.press("End");
    await g.getByText("row 99999", { exact: true }).waitFor();
    await pick(page, 0, 99_999);
    await see(page, 'picked: ["row 1","row 99999"]');
    await page.context().close();
  });

  it("looks right in light mode, wide and narrow (screenshots)", async () => {
    for (const [path, width] of [["/conformance/dataframe-selections", 1000], ["/conformance/dataframe-big", 400]] as const) {
      const { page } = await app.open(path, { viewport: { width, height: 700 }, colorScheme: "light" });
      await page.getByRole("grid").first().waitFor();
      await page.screenshot({ path: `test-results/dataframe-${width}.png` });
      // scrolled sideways: the checkbox and row-number columns stay in view
      await page.getByRole("grid").first().evaluate((el) => el.scrollBy(200, 700));
      await page.waitForTimeout(200);
      await page.screenshot({ path: `test-results/dataframe-${width}-scrolled.png` });
      await page.context().close();
    }
  });
});
