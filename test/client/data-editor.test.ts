/**
 * The data editor's plain parts: the edits a gesture makes (protocol/edit-delta.ts, shared with
 * the server and AppTest), what typing in a cell means (state/cell-input.ts) and where the
 * keyboard moves (state/grid-nav.ts).
 */
import { describe, expect, it } from "vitest";
import { cellFromText, textOfCell } from "../../client/state/cell-input";
import { afterCommit, moveBy } from "../../client/state/grid-nav";
import { cellAt, emptyDelta, rowOrigins, withCell, withRowAdded, withRowsDeleted } from "../../protocol/edit-delta";
import type { EditorColumn } from "../../protocol/elements";

const col = (c: Partial<EditorColumn>): EditorColumn => ({ name: "c", type: "text", editable: true, ...c });

describe("the edits a gesture makes", () => {
  it("numbers rows as the person sees them: the page's rows not deleted, then the added ones", () => {
    let d = withRowAdded(emptyDelta(), { a: 1, b: null });
    expect(d.added_rows).toEqual([{ a: 1 }]); // empty cells are left out, as Streamlit's toJson does
    d = withRowsDeleted(d, [{ row: 1 }]);
    expect(rowOrigins(3, d)).toEqual([{ row: 0 }, { row: 2 }, { added: 0 }]);
  });

  it("drops the edits of a deleted row and takes a deleted added row out", () => {
    let d = withCell(emptyDelta(), { row: 2 }, "a", 5);
    d = withRowAdded(d);
    d = withRowsDeleted(d, [{ row: 2 }, { added: 0 }]);
    expect(d).toEqual({ edited_rows: {}, added_rows: [], deleted_rows: [2] });
  });

  it("reads a cell as its edit, else the page's value", () => {
    const d = withCell(emptyDelta(), { row: 0 }, "a", null);
    expect(cellAt(d, { row: 0 }, "a", () => 7)).toBeNull();
    expect(cellAt(d, { row: 1 }, "a", () => 7)).toBe(7);
  });
});

describe("what typing in a cell means", () => {
  it("holds a number to its bounds, cuts it to a whole number when the column is whole, and keeps the cell for nonsense", () => {
    const n = col({ type: "number", min: 0, max: 10, integer: true });
    expect(cellFromText(n, " 12 ")).toBe(10);
    expect(cellFromText(n, "2.6")).toBe(3);
    expect(cellFromText(n, "")).toBeNull();
    expect(cellFromText(n, "abc")).toBeUndefined();
    expect(cellFromText(col({ type: "number" }), "0.1")).toBe(0.1);
  });

  it("picks a select column's option by its position, and empties text to null", () => {
    const s = col({ type: "select", options: [1, 2, 3] });
    expect(textOfCell(s, 2)).toBe("1");
    expect(cellFromText(s, "2")).toBe(3);
    expect(cellFromText(col({}), "")).toBeNull();
    expect(cellFromText(col({ type: "date" }), "2024-1-1")).toBeUndefined();
  });
});

describe("where the keyboard moves", () => {
  it("moves by arrows, jumps with Home/End and Ctrl, stays inside the grid, and lets other keys through", () => {
    const at = { row: 1, col: 1 };
    expect(moveBy("ArrowUp", false, at, 3, 3)).toEqual({ row: 0, col: 1 });
    expect(moveBy("ArrowRight", false, { row: 1, col: 2 }, 3, 3)).toEqual({ row: 1, col: 2 });
    expect(moveBy("End", true, at, 3, 3)).toEqual({ row: 2, col: 2 });
    expect(moveBy("Home", false, at, 3, 3)).toEqual({ row: 1, col: 0 });
    expect(moveBy("a", false, at, 3, 3)).toBeNull();
    expect(afterCommit("enter", { row: 2, col: 0 }, 3, 3)).toEqual({ row: 2, col: 0 });
    expect(afterCommit("shift-tab", at, 3, 3)).toEqual({ row: 1, col: 0 });
  });
});
