/**
 * A fragment run (st.fragment): which recorded fragments the input re-runs, the tree it
 * starts from — the browser's, shared node for node except along the path to each fragment,
 * whose subtree starts empty — and the run of their functions in page order. The diff then
 * finds nothing outside the fragments, so the frame holds only their subtrees.
 */
import { type Node, nodeAt, type Path, type Tree } from "../../protocol/tree";
import type { RunContext } from "../st/context";
import { type FragmentRecord, runFragment, type SessionFragments } from "../st/fragment";

export interface FragmentPlan {
  /** the fragments to run, in page order (none nested in another of them) */
  records: FragmentRecord[];
  /** those and every fragment nested in them: their widgets are forgotten when not drawn */
  covered: Set<string>;
}

/** The plan, or null when the whole page must run (a fragment unknown here or moved). */
export function planFragments(ids: ReadonlySet<string>, fragments: SessionFragments, tree: Tree): FragmentPlan | null {
  const records: FragmentRecord[] = [];
  for (const id of ids) {
    const record = fragments.records.get(id);
    const node = record && nodeAt(tree, record.path);
    if (!record || !node?.c || node.p.id !== id) return null;
    records.push(record);
  }
  const inSet = (r: FragmentRecord): boolean => {
    for (let p = r.parent; p !== undefined; p = fragments.records.get(p)?.parent) if (ids.has(p)) return true;
    return false;
  };
  const top = records.filter((r) => !inSet(r)).sort((a, b) => comparePaths(a.path, b.path));
  const covered = new Set(ids);
  for (const r of fragments.records.values()) if (inSet(r)) covered.add(r.id);
  return { records: top, covered };
}

/** The browser's tree with each fragment's block emptied; nodes off those paths are shared, not copied. */
export function baseTree(tree: Tree, paths: readonly Path[]): Tree {
  const copied = new WeakSet<Node>();
  const copy = (node: Node): Node => {
    const c: Node = { k: node.k, p: node.p, c: [...(node.c ?? [])] };
    copied.add(c);
    return c;
  };
  const base: Tree = { roots: [...tree.roots] };
  for (const path of paths) {
    const r = path[0] as 0 | 1;
    if (!copied.has(base.roots[r])) base.roots[r] = copy(base.roots[r]);
    let parent = base.roots[r];
    for (let i = 1; i < path.length; i++) {
      const index = path[i]!;
      const child = parent.c![index]!;
      if (i === path.length - 1) {
        const emptied: Node = { k: child.k, p: child.p, c: [] };
        copied.add(emptied);
        parent.c![index] = emptied;
      } else {
        if (!copied.has(child)) parent.c![index] = copy(child);
        parent = parent.c![index]!;
      }
    }
  }
  return base;
}

export async function runFragments(ctx: RunContext, fragments: SessionFragments, records: readonly FragmentRecord[]): Promise<void> {
  for (const record of records) {
    ctx.fragmentsSeen.set(record.id, record);
    // left set when it throws: the run's error goes into this fragment (run/body.ts clears it)
    fragments.running = record.id;
    await runFragment(ctx, record);
  }
  fragments.running = null;
}

/** After a run: what the session remembers of its fragments. */
export function keepFragments(fragments: SessionFragments, ctx: RunContext, complete: boolean): void {
  const covered = ctx.opts.fragmentRun;
  if (complete && !covered) fragments.records = new Map(ctx.fragmentsSeen);
  else {
    if (complete && covered) for (const id of covered) if (!ctx.fragmentsSeen.has(id)) fragments.records.delete(id);
    for (const [id, record] of ctx.fragmentsSeen) fragments.records.set(id, record);
  }
}

function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
