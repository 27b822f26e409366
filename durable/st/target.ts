/**
 * What an element or widget method needs of the container it is called on: where to write.
 * Element and widget files see a container only through this, so they never import the
 * container that mixes them in (container.ts).
 */
import type { ElementKind, ElementProps } from "../../protocol/elements";
import type { Path, RootName } from "../../protocol/tree";
import type { RunContext } from "./context";
import type { Container } from "./container";

/**
 * Where a container sits: its root and form are part of every widget's identity; the
 * layout blocks around it decide what may be nested in it (layout.ts).
 */
export interface Scope {
  root: RootName;
  /** the enclosing form's id */
  form?: string;
  /** how many columns enclose it */
  columns?: number;
  /** an expander encloses it */
  inExpander?: boolean;
  /** the fragment it belongs to (st.fragment): only that fragment's run may write to it */
  fragment?: string;
  /** a dialog encloses it */
  inDialog?: boolean;
}

export interface Target {
  /** @internal */ readonly ctx: RunContext;
  /** @internal */ readonly path: Path;
  /** @internal */ readonly scope: Scope;
  /** @internal the path the next node goes to */
  slot(): Path;
  /** @internal writes a leaf element */
  element<K extends ElementKind>(k: K, p: ElementProps[K]): Path;
  /** @internal reserves a slot as a placeholder: every write to it replaces the one node */
  placeholder(): Target;
  /**
   * @internal the element at `path` as a handle: a placeholder holding it, so a running page
   * replaces it in place (`const t = st.text("0%"); … t.text("50%")`)
   */
  handle(path: Path): Container;
}
