/**
 * Connection and run state as classes on #app (as LiveView's phx-loading / phx-error), so
 * CSS and tests can see it without reaching into components:
 * el-connecting (first connect), el-disconnected (was connected, now lost), el-running
 * (a run is in progress), el-error (the last run ended in an error), el-wide (wide layout).
 */
import type { State } from "../state/store";

export function syncRootClasses(root: HTMLElement, state: State): void {
  const on: Record<string, boolean> = {
    "el-connecting": state.conn === "connecting",
    "el-disconnected": state.conn === "lost",
    "el-running": state.running !== null,
    "el-error": state.status === "error",
    "el-wide": state.config.layout === "wide",
  };
  for (const [cls, value] of Object.entries(on)) root.classList.toggle(cls, value);
}
