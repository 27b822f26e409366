/**
 * One run's context: the tree being built, which widgets and forms were seen, and the
 * interrupt check every `st.*` call passes through (Streamlit's yield point). The
 * session's durable data lives in `SessionStores`; a run reads and writes it through here.
 */
import type { PageConfig, WidgetKind, WireValue } from "../../protocol/elements";
import { emptyTree, type Node, nodeAt, type Path, type Tree } from "../../protocol/tree";
import type { Identity } from "../../platform/identity";
import type { Activity } from "../audit/activity";
import type { RequestContext } from "../connection";
import type { AuditEvent } from "../audit/event";
import { computingName } from "../cache/context";
import { RunMedia } from "../files/run-media";
import type { SessionFiles } from "../files/store";
import { AuthorError } from "./errors";
import { InterruptSignal, type RerunSignal, type StopSignal } from "./signals";
import type { SessionState } from "./state";
import type { DataShelf } from "../data/shelf";

/** What the session remembers about a rendered widget, to validate what the browser sends. */
export interface WidgetMeta {
  kind: WidgetKind;
  label: string;
  /** the kind's constraints (options count, min/max, …) */
  spec: Record<string, unknown>;
  form?: string;
  /** rendered disabled: the browser may not change it */
  disabled?: true;
  /** has an onChange/onClick callback */
  cb?: true;
  /** the author's key, if any */
  key?: string;
}

export interface Callback {
  fn: (...args: never[]) => unknown;
  args: readonly unknown[];
}

/** Session data that outlives a run. `callbacks` is memory only (functions cannot be stored). */
export interface SessionStores {
  widgets: Record<string, WireValue>;
  meta: Record<string, WidgetMeta>;
  state: SessionState;
  callbacks: Map<string, Callback>;
  /** uploads and media in the session's storage */
  files: SessionFiles;
  /** dataframes' data, kept for the windows the browser asks for */
  data: DataShelf;
}

/** A rendered widget's value as the page saw it, for audit context. */
export interface SeenValue {
  label: string;
  key?: string;
  form?: string;
  value: unknown;
}

export interface RunOptions {
  run: number;
  /** the session (and, once known, the user) events are recorded for */
  sessionId: string;
  user: string | null;
  /** who is connected, as Access verified it; the latest connection's headers and cookies */
  identity: Identity | null;
  context: RequestContext;
  page: string;
  /** replaying the page only to recover callbacks after a wake: no output, no state writes */
  shadow: boolean;
  /** in shadow mode: stop once these widgets have registered their callbacks */
  shadowUntil?: ReadonlySet<string>;
  /** buttons pressed for this run */
  triggers: ReadonlySet<string>;
  /** forms submitted for this run */
  submitted: ReadonlySet<string>;
  /** called after each element is placed (the session flushes if the page then awaits) */
  onOutput: () => void;
  /**
   * called before text is appended to a placed node's string prop (st.writeStream): the
   * session sends what the browser lacks so far, then the append alone
   */
  onAppend?: (path: Path, prop: string, text: string) => void;
  /** the Worker's bindings and vars (`st.env`); none in a plain-Node AppTest */
  env?: Readonly<Record<string, unknown>>;
  /** this session's recent audit activity, given the events this run recorded so far */
  activity?: (limit: number, current: readonly AuditEvent[]) => Promise<Activity>;
  /** consecutive `rerun()` calls before this run, to stop an endless rerun loop */
  reruns: number;
  config: PageConfig;
}

export type Phase = "callbacks" | "body" | "done";

export class RunContext {
  readonly tree: Tree = emptyTree();
  readonly seen = new Set<string>();
  readonly keys = new Set<string>();
  /** forms declared this run, with their clearOnSubmit flag */
  readonly forms = new Map<string, boolean>();
  /** every rendered widget's value, by id */
  readonly values = new Map<string, SeenValue>();
  /** audit events recorded by this run; stored with its state */
  readonly events: AuditEvent[] = [];
  interrupted = false;
  /**
   * `rerun()` or `stop()` was called. Streamlit makes these uncatchable by ordinary handlers;
   * JavaScript can't, so a signal the page swallowed with its own try/catch is thrown again
   * at its next `st.*` call, and honoured when the page returns.
   */
  signal: StopSignal | RerunSignal | null = null;
  phase: Phase = "callbacks";
  config: PageConfig;
  /** download and image bytes this run made, stored when its body ends */
  readonly media: RunMedia;

  constructor(
    readonly stores: SessionStores,
    readonly opts: RunOptions,
  ) {
    this.config = { ...opts.config };
    this.media = new RunMedia(stores.files, this.tree);
  }

  private readonly interruptHooks = new Set<() => void>();

  /** Newer input arrived: the run stops at its next `st.*` call, and whatever waits is told now. */
  interrupt(): void {
    this.interrupted = true;
    for (const hook of this.interruptHooks) hook();
    this.interruptHooks.clear();
  }

  /**
   * Calls `hook` when newer input interrupts the run (at once if it has), so a page waiting
   * on something slow — a stream's next token — stops waiting. Returns the unsubscribe.
   */
  onInterrupt(hook: () => void): () => void {
    if (this.interrupted) {
      hook();
      return () => {};
    }
    this.interruptHooks.add(hook);
    return () => this.interruptHooks.delete(hook);
  }

  /** Every `st.*` call starts here: the run stops at this point when newer input arrived. */
  checkpoint(): void {
    if (this.interrupted) throw new InterruptSignal();
    if (this.signal) throw this.signal;
    const cached = computingName();
    if (cached !== undefined) {
      throw new AuthorError(
        `${cached} is cached: it can't write elements (they would not appear when its result comes from the cache). ` +
          "Return data from it and render that in the page.",
      );
    }
    if (this.phase === "done") {
      throw new AuthorError(
        "This page run has finished. Elements can't be written from a callback or after the run; " +
          "update session state in the callback and render from it in the page.",
      );
    }
  }

  /** Places a node at a path of the tree being built (replacing what a placeholder held). */
  place(path: Path, node: Node): void {
    let parent = this.tree.roots[path[0] as 0 | 1];
    for (let i = 1; i < path.length - 1; i++) parent = parent.c![path[i]!]!;
    parent.c![path[path.length - 1]!] = node;
    if (!this.opts.shadow) this.opts.onOutput();
  }

  /**
   * Appends text to a string prop of the node at a path — a streamed token. The browser
   * gets it as one APPEND op (the session's hook); the run's tree gets a new node object
   * (signatures are cached per object), so the end-of-run diff finds nothing left to send.
   */
  append(path: Path, prop: string, text: string): void {
    this.checkpoint();
    const node = nodeAt(this.tree, path);
    const before = node?.p[prop];
    if (!node || typeof before !== "string") throw new Error(`append: no text prop ${prop} at ${path.join(".")}`);
    if (text === "") return;
    if (!this.opts.shadow) this.opts.onAppend?.(path, prop, text);
    const next: Node = { k: node.k, p: { ...node.p, [prop]: before + text } };
    if (node.c) next.c = node.c;
    let parent = this.tree.roots[path[0] as 0 | 1];
    for (let i = 1; i < path.length - 1; i++) parent = parent.c![path[i]!]!;
    parent.c![path[path.length - 1]!] = next;
  }
}
