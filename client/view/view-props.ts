/**
 * The shape of every node's view: its props (typed by kind, from protocol/elements.ts) and
 * the node itself, which blocks need for their children.
 */
import type { Node } from "../../protocol/tree";

export interface ViewProps<P> {
  props: P;
  node: Node;
}
