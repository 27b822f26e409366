/**
 * Render-wide facts every node may need, provided once by app.ts instead of being passed
 * through every block: whether a node is stale (faded during a slow run) and whether the
 * connection is down (widgets are disabled, since what they send would be dropped).
 */
import { createContext } from "preact";
import type { Node } from "../../protocol/tree";

export const StaleContext = createContext<(node: Node) => boolean>(() => false);

export const OfflineContext = createContext(false);
