/**
 * The rendered tree and the operations that change it — the shape both sides agree on.
 *
 * A page run produces a tree of nodes under two roots (main, sidebar). Every node is
 * addressed by its path: `[root, i, j, …]`, as Streamlit's `delta_path`. The server sends
 * the whole tree once on connect and afterwards only `Op`s: set a node, patch some of its
 * props, trim a block's children, or (while a slow run is in progress) say a node was
 * rendered again unchanged. `applyOps` is the one merge both the Durable Object (to know what the
 * browser has) and the browser (to render it) use, so the two can never disagree.
 *
 * Pure code: imports nothing, touches no platform API.
 */

/** A leaf element or a block (a node with children). `c` is present exactly on blocks. */
export interface Node {
  /** kind, e.g. "metric", "slider", "columns" */
  k: string;
  /** the kind's props; see protocol/elements.ts */
  p: Record<string, unknown>;
  /** children of a block */
  c?: Node[];
}

/** Root containers, in path position 0. */
export const ROOT = { main: 0, sidebar: 1 } as const;
export type RootName = keyof typeof ROOT;

export interface Tree {
  roots: [main: Node, sidebar: Node];
}

export type Path = number[];

/** Set the node at a path. For a block (`b: 1`) its existing children are kept. */
export const SET = "s";
/** Trim a block's children to a length (end-of-run removal of what was not rendered). */
export const TRIM = "t";
/**
 * Patch some props of the node at a path (same kind; children kept). A slider move changes
 * one prop of the slider and two of the metric: sending only those is most of the saving.
 */
export const PATCH = "p";

/**
 * The node at a path was rendered again by the running run, unchanged: nothing to apply,
 * but the browser stops showing it as stale. Sent only while a slow run is in progress.
 */
export const KEEP = "k";

/**
 * Append text to a string prop of the node at a path (same kind; children kept). Only
 * `st.writeStream` sends it, one op per token as the token arrives, so a streamed reply
 * costs its own bytes on the wire, not the whole message again per token. The diff never
 * makes one: the stream applies it to both copies of the tree itself.
 */
export const APPEND = "a";

export type Op =
  | [typeof SET, Path, { k: string; p: Record<string, unknown>; b?: 1 }]
  | [typeof TRIM, Path, number]
  | [typeof PATCH, Path, Record<string, unknown>]
  | [typeof KEEP, Path]
  | [typeof APPEND, Path, prop: string, text: string];

export function emptyTree(): Tree {
  return { roots: [{ k: "root", p: {}, c: [] }, { k: "root", p: {}, c: [] }] };
}

/** The node at a path, or undefined. */
export function nodeAt(tree: Tree, path: Path): Node | undefined {
  let node: Node | undefined = tree.roots[path[0] as 0 | 1];
  for (let i = 1; i < path.length && node; i++) node = node.c?.[path[i]!];
  return node;
}

const signatures = new WeakMap<object, string>();

/**
 * A node's own content (kind + props, no children) as a comparable string. Cached per node
 * object: props are never mutated in place (applyOps makes new nodes), and the browser's
 * copy of the tree is compared run after run.
 */
export function signature(node: { k: string; p: Record<string, unknown> }): string {
  let sig = signatures.get(node);
  if (sig === undefined) signatures.set(node, (sig = JSON.stringify([node.k, node.p])));
  return sig;
}

/**
 * Applies ops to a tree in place and returns it. A set on a path whose parent is missing
 * or whose index skips ahead is refused (it would leave holes): the caller asked for
 * something the tree cannot hold, which is a bug, so it throws.
 */
export function applyOps(tree: Tree, ops: readonly Op[]): Tree {
  for (const op of ops) {
    const path = op[1];
    if (op[0] === KEEP) continue;
    if (op[0] === TRIM) {
      const block = nodeAt(tree, path);
      if (block?.c && block.c.length > op[2]) block.c.length = op[2];
      continue;
    }
    if (op[0] === PATCH || op[0] === APPEND) {
      const parent = nodeAt(tree, path.slice(0, -1));
      const index = path[path.length - 1]!;
      const old = path.length === 1 ? tree.roots[path[0] as 0 | 1] : parent?.c?.[index];
      if (!old) throw new Error(`applyOps: nothing to patch at ${path.join(".")}`);
      const props = op[0] === PATCH ? op[2] : { [op[2]]: appended(old, op[2], op[3], path) };
      // A new node object, so a renderer comparing identities sees the change.
      const node: Node = { k: old.k, p: { ...old.p, ...props } };
      if (old.c) node.c = old.c;
      if (path.length === 1) tree.roots[path[0] as 0 | 1] = node;
      else parent!.c![index] = node;
      continue;
    }
    const next = op[2];
    if (path.length === 1) {
      const root: Node = { k: next.k, p: next.p, c: tree.roots[path[0] as 0 | 1].c ?? [] };
      tree.roots[path[0] as 0 | 1] = root;
      continue;
    }
    const parent = nodeAt(tree, path.slice(0, -1));
    const index = path[path.length - 1]!;
    if (!parent?.c || index > parent.c.length) {
      throw new Error(`applyOps: no place for a node at ${path.join(".")}`);
    }
    const old = parent.c[index];
    const node: Node = { k: next.k, p: next.p };
    if (next.b) node.c = old?.c ?? [];
    parent.c[index] = node;
  }
  return tree;
}

function appended(node: Node, prop: string, text: string, path: Path): string {
  const before = node.p[prop];
  if (typeof before !== "string") throw new Error(`applyOps: no text prop ${prop} to append to at ${path.join(".")}`);
  return before + text;
}
