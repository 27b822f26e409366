/**
 * The browser's copy of the session: the tree (merged with the same `applyOps` the server
 * uses, so the two cannot disagree), pages, config, and connection and run state. It applies
 * server messages and notifies subscribers; it never touches the DOM — view/app.ts renders it
 * (LiveView keeps `rendered.js`, the merge, apart from `dom_patch.ts` in the same way).
 */
import type { PageConfig, PageInfo } from "../../protocol/elements";
import { applyInputs, PendingInputs, withInputs } from "../../protocol/input";
import { type ClientMsg, type RunExtras, type RunStatus, type ServerMsg, statusOf, type Toast } from "../../protocol/messages";
import { applyOps, emptyTree, type Node, nodeAt, type Op, TRIM, type Tree } from "../../protocol/tree";

export type Conn = "connecting" | "open" | "lost";

export interface State {
  /** what is shown: the server's tree with the person's unacknowledged input laid over it */
  tree: Tree;
  pages: PageInfo[];
  /** the page shown (optimistically the one navigated to, before the server confirms) */
  page: string;
  config: PageConfig;
  /** connecting: never greeted yet; open: greeted; lost: was greeted, now down */
  conn: Conn;
  /** the server's reason when it refused the connection */
  refused: string | null;
  /** the run in progress */
  running: number | null;
  /** the run has taken long enough that what it has not rewritten is shown faded */
  fading: boolean;
  /** how the last run ended */
  status: RunStatus | null;
  /** a dismissible notice (the server refused a message) */
  notice: string | null;
  /** under `npm run dev`: the app's source does not compile (esbuild's errors) */
  buildError: string | null;
  /** who is signed in (from hello); `dev`: local development without Cloudflare Access */
  who: { kind: string; email: string | null } | null;
  /** toasts being shown, oldest first */
  toasts: ToastEntry[];
}

/** A toast on screen (its `id` is the call's: each call is its own, however alike). */
export interface ToastEntry extends Toast {
  /** rises with each update of the toast, so its time starts again */
  seq: number;
  /** its text's length, for "view more" */
  chars: number;
}

/** At most this many toasts at once: a page raising them in a loop keeps the newest. */
const MAX_TOASTS = 20;

export interface StoreHooks {
  /** the server moved to a page (keep the address bar in step) */
  page(path: string): void;
  /** ops did not fit the tree: the copies diverged, so reconnect for a fresh `hello` */
  desync(): void;
  /** inputs the server never received (lost with the old socket): send them again */
  resend(msgs: ClientMsg[]): void;
  /** the page changed its query parameters: put them in the address bar */
  query(qs: string): void;
}

/** A quick run should not flicker; only a slow one fades what it has not reached. */
const FADE_AFTER_MS = 300;

export class Store {
  state: State = {
    tree: emptyTree(),
    pages: [],
    page: location.pathname,
    config: { layout: "centered", sidebar: "auto" },
    conn: "connecting",
    refused: null,
    running: null,
    fading: false,
    status: null,
    notice: null,
    buildError: null,
    who: null,
    toasts: [],
  };
  private toastSeq = 0;
  /** the run that last set each node; a set makes a new node object, so identity is enough */
  private stamps = new WeakMap<Node, number>();
  private listeners = new Set<() => void>();
  private fadeTimer: ReturnType<typeof setTimeout> | undefined;
  private greeted = false;
  /** the server's tree, as the server has it (protocol/input.ts) */
  private base: Tree = emptyTree();
  private readonly inputs = new PendingInputs();

  constructor(private readonly hooks: StoreHooks) {}

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** True when `node` should be shown faded: a slow run is on and has not set it. */
  isStale(node: Node): boolean {
    return this.state.fading && this.stamps.get(node) !== this.state.running;
  }

  receive(msg: ServerMsg): void {
    if (msg.t !== "delta" && msg.t !== "error") clearTimeout(this.fadeTimer);
    switch (msg.t) {
      case "hello": {
        this.greeted = true;
        this.stamps = new WeakMap();
        this.base = msg.tree;
        const lost = this.inputs.greeted(msg.ack, msg.seen);
        this.hooks.page(msg.page);
        this.update({
          tree: this.shown(), pages: msg.pages, page: msg.page, config: msg.config, who: msg.who ?? null,
          conn: "open", refused: null, running: msg.running, fading: false,
        });
        if (lost.length) this.hooks.resend(lost);
        return;
      }
      case "run":
        this.hooks.page(msg.page);
        this.fadeTimer = setTimeout(() => this.update({ fading: true }), FADE_AFTER_MS);
        return this.update({ page: msg.page, running: msg.run, fading: false });
      case "delta":
        this.merge(msg.run, msg.ops, msg.ack);
        return this.update({ tree: this.shown(), ...this.extras(msg) });
      case "done":
        // A quick run sends no `run` frame: its page (when it moved) comes with `done`.
        if (msg.page) this.hooks.page(msg.page);
        this.merge(msg.run, msg.ops, msg.ack);
        return this.update({
          tree: this.shown(), running: null, fading: false, status: statusOf(msg), ...this.extras(msg),
          ...(msg.config ? { config: msg.config } : {}), ...(msg.page ? { page: msg.page } : {}),
        });
      case "error":
        console.warn(`edgelit: the server refused a message (${msg.code}): ${msg.message}`);
        if (msg.n !== undefined) this.inputs.forget(msg.n);
        return this.update({ tree: this.shown(), notice: `The server refused a message: ${msg.message}` });
    }
  }

  /**
   * The person's input, about to be sent: numbered, and shown at once (and kept shown
   * until a run has consumed it). Call `unsent` if the socket dropped it.
   */
  input<M extends ClientMsg>(msg: M): M & { n: number } {
    const numbered = this.inputs.number(msg);
    this.update({ tree: this.shown() });
    return numbered;
  }

  unsent(n: number): void {
    this.inputs.forget(n);
    this.update({ tree: this.shown() });
  }

  /** The session expired: a new one starts, and nothing pending belongs to it. */
  expired(): void {
    this.inputs.clear();
  }

  /** The socket went down. What was running is unknown now; the next `hello` tells. */
  down(refused: string | null): void {
    clearTimeout(this.fadeTimer);
    this.update({ conn: this.greeted ? "lost" : "connecting", refused, running: null, fading: false });
  }

  navigate(page: string): void {
    this.update({ page });
  }

  /** the dev server's compile check (wire/dev-build.ts): an error to show, or null once it compiles */
  buildFailed(error: string | null): void {
    this.update({ buildError: error });
  }

  dismissNotice(): void {
    this.update({ notice: null });
  }

  dismissToast(id: string): void {
    this.update({ toasts: this.state.toasts.filter((t) => t.id !== id) });
  }

  /** a run frame's toasts (added) and query string (to the address bar) */
  private extras(msg: RunExtras): Partial<State> {
    if (msg.qs !== undefined) this.hooks.query(msg.qs);
    if (!msg.toasts?.length) return {};
    const toasts = [...this.state.toasts];
    for (const t of msg.toasts) {
      const entry = { ...t, seq: ++this.toastSeq, chars: t.html.replace(/<[^>]*>/g, "").length };
      // an update (`msg.toast(…)`) takes its toast's place; a closed one comes back
      const at = toasts.findIndex((old) => old.id === t.id);
      if (at >= 0) toasts[at] = entry;
      else toasts.push(entry);
    }
    return { toasts: toasts.slice(-MAX_TOASTS) };
  }

  /** the server's tree with unacknowledged input over it; copied nodes keep their run stamp */
  private shown(): Tree {
    return withInputs(this.base, this.inputs.overlay(), (from, to) => {
      const stamp = this.stamps.get(from);
      if (stamp !== undefined) this.stamps.set(to, stamp);
    });
  }

  private merge(run: number, ops: Op[], ack: number | undefined): void {
    try {
      // first the inputs this run consumed, as the server applied them before diffing
      if (ack !== undefined) applyInputs(this.base, this.inputs.acknowledged(ack));
      applyOps(this.base, ops);
    } catch (err) {
      console.error("edgelit: an update did not fit the page; reconnecting to repaint", err);
      this.hooks.desync();
      return;
    }
    for (const op of ops) {
      const node = op[0] !== TRIM ? nodeAt(this.base, op[1]) : undefined;
      if (node) this.stamps.set(node, run);
    }
  }

  private update(patch: Partial<State>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }
}
