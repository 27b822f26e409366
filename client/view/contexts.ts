/**
 * Render-wide facts every node may need, provided once by app.ts instead of being passed
 * through every block: whether a node is stale (faded during a slow run), whether the
 * connection is down (widgets are disabled, since what they send would be dropped), and
 * where a widget's input goes.
 */
import { createContext } from "preact";
import type { Node } from "../../protocol/tree";
import type { Forms } from "../state/forms";
import type { RowsChannel } from "../wire/rows";
import type { Send } from "../wire/send";

export const StaleContext = createContext<(node: Node) => boolean>(() => false);

export const OfflineContext = createContext(false);

/** How input leaves the page: sent at once, or held by its form until it is submitted. */
export interface Input {
  send: Send;
  forms: Forms;
  /** windows of dataframe rows (not input: no rerun) */
  rows: RowsChannel;
}

// No default: main.ts always provides one, and a view rendered without it should fail loudly.
export const InputContext = createContext<Input>(null!);
