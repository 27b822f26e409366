/**
 * A person's input, as both sides apply it to their copy of the tree.
 *
 * Every input the browser sends is numbered; every run says (`ack`) the newest input number
 * it has consumed. The browser shows what the person entered at once and keeps showing it
 * while its inputs are unacknowledged — an older run's frame never pulls a slider back
 * under a key-repeating finger. The server, for its part, applies the consumed values to its
 * copy of what the browser has before diffing a run, so a value the browser itself sent is
 * never echoed back; a value the *page* changed (a callback, session state, a form cleared
 * on submit) differs from that copy and travels as an ordinary patch.
 *
 * The two copies agree because both apply, in the same order: the frames' ops, and each
 * input's values at the point the server consumed it (for the browser: when a frame's `ack`
 * first covers it). Until then the browser lays its unacknowledged inputs over its copy.
 *
 * Pure code, like tree.ts.
 */
import type { WireValue } from "./elements";
import type { ClientMsg } from "./messages";
import type { Node, Tree } from "./tree";

/** Widget values carried by one input, in the order they were given. */
export type InputValues = Iterable<readonly [id: string, value: WireValue]>;

/**
 * Sets each named widget's `value` in place (new node objects, as applyOps makes, so
 * renderers and signature caches see the change). Widgets not in the tree, and widgets
 * without a value (buttons), are skipped.
 */
export function applyInputs(tree: Tree, values: InputValues): void {
  const wanted = new Map(values);
  if (wanted.size === 0) return;
  walkReplacing(tree, (node) => {
    const id = node.p.id;
    if (typeof id !== "string" || !wanted.has(id) || !("value" in node.p)) return node;
    const v = wanted.get(id)!;
    if (JSON.stringify(node.p.value) === JSON.stringify(v)) return node;
    const next: Node = { k: node.k, p: { ...node.p, value: v } };
    if (node.c) next.c = node.c;
    return next;
  });
}

/**
 * The tree with `values` laid over it, leaving `tree` untouched: only the changed nodes and
 * the blocks above them are copied. `copied(from, to)` hears of each copy (the browser
 * carries per-node bookkeeping across).
 */
export function withInputs(tree: Tree, values: InputValues, copied: (from: Node, to: Node) => void = () => {}): Tree {
  const wanted = new Map(values);
  if (wanted.size === 0) return tree;
  const visit = (node: Node): Node => {
    let children = node.c;
    if (node.c) {
      const mapped = node.c.map(visit);
      if (mapped.some((c, i) => c !== node.c![i])) children = mapped;
    }
    const id = node.p.id;
    const hit = typeof id === "string" && wanted.has(id) && "value" in node.p && JSON.stringify(node.p.value) !== JSON.stringify(wanted.get(id));
    if (!hit && children === node.c) return node;
    const next: Node = { k: node.k, p: hit ? { ...node.p, value: wanted.get(id as string)! } : node.p };
    if (children) next.c = children;
    copied(node, next);
    return next;
  };
  const roots = tree.roots.map(visit) as Tree["roots"];
  return roots.every((r, i) => r === tree.roots[i]) ? tree : { roots };
}

function walkReplacing(tree: Tree, replace: (node: Node) => Node): void {
  const walk = (node: Node) => {
    if (!node.c) return;
    for (let i = 0; i < node.c.length; i++) {
      node.c[i] = replace(node.c[i]!);
      walk(node.c[i]!);
    }
  };
  tree.roots.forEach((root, i) => {
    tree.roots[i as 0 | 1] = replace(root);
    walk(tree.roots[i as 0 | 1]);
  });
}

type Sent = ClientMsg & { n: number };

/**
 * The browser's side of the numbering: inputs sent and not yet acknowledged, in order. The
 * browser (client/state/store.ts) and the test client both keep one.
 */
export class PendingInputs {
  private nextN = 1;
  private sent: Sent[] = [];

  /** Gives a message the next number and remembers it until a run acknowledges it. */
  number<M extends ClientMsg>(msg: M): M & { n: number } {
    const numbered = { ...msg, n: this.nextN++ };
    this.sent.push(numbered);
    return numbered;
  }

  /** Input `n` never left (the socket was down) or the server refused it: stop showing it. */
  forget(n: number): void {
    this.sent = this.sent.filter((m) => m.n !== n);
  }

  /**
   * A frame says the server has consumed every input up to `ack`: returns their values, in
   * order, to apply to the browser's copy (as the server did to its own), and forgets them.
   */
  acknowledged(ack: number): [string, WireValue][] {
    const done = this.sent.filter((m) => m.n <= ack);
    this.sent = this.sent.filter((m) => m.n > ack);
    return done.flatMap(valuesOf);
  }

  /**
   * After a (re)connect: the tree in `hello` holds every input up to `ack`; inputs up to
   * `seen` reached the server and will be acknowledged by a run; later ones were lost with
   * the old socket — returned, to be sent again (marked, so one that did arrive counts once).
   */
  greeted(ack: number, seen: number): Sent[] {
    this.acknowledged(ack);
    this.nextN = Math.max(this.nextN, seen + 1);
    return this.sent.filter((m) => m.n > seen).map((m) => ({ ...m, re: 1 as const }));
  }

  /** The session is gone (expired): nothing pending means anything to the new one. */
  clear(): void {
    this.sent = [];
  }

  /** The values to lay over the browser's copy: every unacknowledged input's, in order. */
  overlay(): [string, WireValue][] {
    return this.sent.flatMap(valuesOf);
  }
}

function valuesOf(msg: ClientMsg): [string, WireValue][] {
  if (msg.t === "widget") return [[msg.id, msg.v]];
  if (msg.t === "submit") return Object.entries(msg.values);
  return [];
}
