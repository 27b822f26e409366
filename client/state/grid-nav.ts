/**
 * Moving the active cell of a grid with the keyboard (WAI-ARIA's grid pattern): arrows one
 * cell, Home/End the row's ends, Ctrl+Home/End the grid's corners, PageUp/PageDown ten rows.
 * Plain TypeScript, so its rules are tested without a browser.
 */

export interface CellPos {
  row: number;
  col: number;
}

const PAGE = 10;

/** The cell a key moves to, or null when the key is not a move (the grid lets it through). */
export function moveBy(key: string, ctrl: boolean, at: CellPos, rows: number, cols: number): CellPos | null {
  if (rows === 0 || cols === 0) return null;
  const clamp = (row: number, col: number): CellPos => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case "ArrowUp":
      return clamp(at.row - 1, at.col);
    case "ArrowDown":
      return clamp(at.row + 1, at.col);
    case "ArrowLeft":
      return clamp(at.row, at.col - 1);
    case "ArrowRight":
      return clamp(at.row, at.col + 1);
    case "Home":
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case "End":
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    case "PageUp":
      return clamp(at.row - PAGE, at.col);
    case "PageDown":
      return clamp(at.row + PAGE, at.col);
    default:
      return null;
  }
}

/** After a commit: Enter goes down, Tab right (Shift+Tab left), staying inside the grid. */
export function afterCommit(how: "enter" | "tab" | "shift-tab", at: CellPos, rows: number, cols: number): CellPos {
  if (how === "enter") return { row: Math.min(rows - 1, at.row + 1), col: at.col };
  const col = at.col + (how === "tab" ? 1 : -1);
  return { row: at.row, col: Math.max(0, Math.min(cols - 1, col)) };
}
