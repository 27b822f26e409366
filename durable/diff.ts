/**
 * The pure diff: what the browser has + what a run produced → the ops that turn one into
 * the other. Only nodes whose own content changed are sent — and of a node that kept its
 * kind, only the props that changed (a patch); a block keeps its children
 * across a set, so an unchanged child is never re-sent. A complete run also trims blocks
 * that now hold fewer children (Streamlit's end-of-run stale clearing); a partial run
 * (a flush while the page awaits, an interrupted run) never removes anything.
 *
 * Knows nothing of sockets or storage (LiveView's diff.ex).
 */
import { KEEP, type Node, type Op, PATCH, type Path, SET, signature, TRIM, type Tree } from "../protocol/tree";

export interface DiffOptions {
  /** the run is complete: trim what it no longer renders */
  complete: boolean;
  /** also name unchanged nodes (KEEP), so a browser stops fading what a slow run has passed */
  keep?: boolean;
}

export function diff(client: Tree, next: Tree, opts: DiffOptions): Op[] {
  const ops: Op[] = [];
  next.roots.forEach((root, i) => {
    const before = client.roots[i as 0 | 1];
    if (signature(before) !== signature(root)) ops.push([SET, [i], { k: root.k, p: root.p, b: 1 }]);
    children(before.c ?? [], root.c ?? [], [i], opts, ops);
  });
  return ops;
}

function children(before: readonly Node[], after: readonly Node[], path: Path, opts: DiffOptions, ops: Op[]): void {
  after.forEach((node, i) => visit(before[i], node, [...path, i], opts, ops));
  if (opts.complete && before.length > after.length) ops.push([TRIM, path, after.length]);
}

function visit(before: Node | undefined, node: Node, path: Path, opts: DiffOptions, ops: Op[]): void {
  const isBlock = node.c !== undefined;
  const length = ops.length;
  if (!before || before.k !== node.k || isBlock !== (before.c !== undefined)) {
    ops.push([SET, path, isBlock ? { k: node.k, p: node.p, b: 1 } : { k: node.k, p: node.p }]);
  } else if (signature(before) !== signature(node)) {
    const changed = changedProps(before.p, node.p);
    // Same props in another key order: nothing to send.
    if (changed && changed.count === 0) {
      // fall through to the children
    } else if (changed && changed.json < propsJsonLength(node)) ops.push([PATCH, path, changed.patch]);
    else ops.push([SET, path, isBlock ? { k: node.k, p: node.p, b: 1 } : { k: node.k, p: node.p }]);
  }
  if (opts.keep && ops.length === length) ops.push([KEEP, path]);
  // After a set, a block keeps the children it had only if it was a block before.
  if (isBlock) children(before?.c ?? [], node.c!, path, opts, ops);
}

interface Changed {
  patch: Record<string, unknown>;
  count: number;
  /** the length of JSON.stringify(patch), counted from the values' JSON already made */
  json: number;
}

/** The props that differ, or null when a prop was removed (a patch can only add or change). */
function changedProps(before: Record<string, unknown>, after: Record<string, unknown>): Changed | null {
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) return null;
  const patch: Record<string, unknown> = {};
  let count = 0;
  let written = 0;
  let json = 2; // {}
  for (const [key, value] of Object.entries(after)) {
    const text = JSON.stringify(value) as string | undefined;
    if (JSON.stringify(before[key]) === text) continue;
    patch[key] = value;
    count++;
    // JSON leaves out a key whose value is undefined
    if (text === undefined) continue;
    json += (written++ > 0 ? 1 : 0) + JSON.stringify(key).length + 1 + text.length;
  }
  return { patch, count, json };
}

/** The length of JSON.stringify(node.p), from the node's signature (`["k",{…}]`), already made. */
function propsJsonLength(node: Node): number {
  return signature(node).length - JSON.stringify(node.k).length - 3;
}
