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
import type { Toast } from "../../protocol/messages";
import { QueryParams } from "./query-params";
import type { FragmentRecord, SessionFragments } from "./fragment";
import type { DialogEntry } from "./overlays";
import type { Scope } from "./target";

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
  /** the fragment it is in: its input re-runs only that fragment */
  fragment?: string;
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
  /** the page's fragments as the last runs left them (memory only) */
  fragments: SessionFragments;
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
  /** the query string the browser shows as the run starts (no "?") */
  query: string;
  /** a fragment run: the tree to start from (the browser's, the fragments' subtrees emptied) */
  base?: Tree;
  /** a fragment run: the fragments it re-runs and the ones nested in them */
  fragmentRun?: ReadonlySet<string>;
}

export type Phase = "callbacks" | "body" | "done";

/**
 * The run a session is in now, by its stores: a callback closes over the `st` of the run
 * that drew its widget, but runs in the next one — what it does to the query parameters
 * must reach that run (sessionState needs no such help: it lives in the stores).
 */
const current = new WeakMap<SessionStores, RunContext>();

/** The run now under way for these stores (or `fallback` when there is none). */
export function currentRun(stores: SessionStores, fallback: RunContext): RunContext {
  const run = current.get(stores);
  return run && run.phase !== "done" ? run : fallback;
}

export class RunContext {
  readonly tree: Tree;
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
  /** st.queryParams: starts as the browser's; a change goes out with the run's next frame */
  readonly query: QueryParams;
  /** toasts raised and not yet sent (each frame takes them) */
  toasts: Toast[] = [];
  /** fragments this run placed, by id */
  readonly fragmentsSeen = new Map<string, FragmentRecord>();
  /** dialogs this run placed, by id, and those it drew open (overlays.ts) */
  readonly dialogs = new Map<string, DialogEntry>();
  readonly drawnOpen = new Set<string>();
  /** fragments to run after this run (a dialog opened from a fragment that doesn't draw it) */
  readonly also = new Set<string>();
  /** the error a fragment's function threw, and where that fragment sits */
  failed?: { error: unknown; path: Path };
  /** the fragments whose functions are running, innermost last */
  readonly fragmentStack: string[] = [];
  /** makes the `st` a fragment function receives (set by the run: st.ts imports this file) */
  stFor: (path: Path, scope: Scope) => unknown = () => {
    throw new Error("edgelit: this run can't run fragments");
  };
  /** toasts this run raised, to number them */
  toastCount = 0;

  constructor(
    readonly stores: SessionStores,
    readonly opts: RunOptions,
  ) {
    this.tree = opts.base ?? emptyTree();
    this.config = { ...opts.config };
    this.media = new RunMedia(stores.files, this.tree);
    this.query = new QueryParams(opts.query, {
      before: () => this.checkpoint(),
      after: () => this.output(),
    });
    if (!opts.shadow) current.set(stores, this);
  }

  /** Something the browser should see was made: the session flushes it if the page then awaits. */
  output(): void {
    if (!this.opts.shadow) this.opts.onOutput();
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
    if (this.phase === "done" && this.stores.fragments.running !== null) {
      throw new AuthorError(
        "A fragment is re-running on its own: it can only write to the `st` its function receives. " +
          "Elements and widgets outside the fragment (the page's `st`, the sidebar, containers made outside it) can't be written from it.",
      );
    }
    if (this.phase === "done") {
      throw new AuthorError(
        "This page run has finished. Elements can't be written from a callback or after the run; " +
          "update session state in the callback and render from it in the page.",
      );
    }
  }

  /**
   * While a fragment's function runs, only its own containers take elements (Streamlit
   * refuses widgets outside; edgelit refuses every element: a fragment run re-sends only
   * the fragment, so anything written elsewhere would be lost or pile up).
   */
  guard(scope: Scope): void {
    const active = this.fragmentStack[this.fragmentStack.length - 1];
    if (active !== undefined && scope.fragment !== active) {
      throw new AuthorError(
        "Fragments can't write to containers outside themselves: write to the `st` the fragment function receives " +
          "(or a container made from it), not to the page's `st`, the sidebar or a container made outside the fragment.",
      );
    }
  }

  /** Places a node at a path of the tree being built (replacing what a placeholder held). */
  place(path: Path, node: Node): void {
    let parent = this.tree.roots[path[0] as 0 | 1];
    for (let i = 1; i < path.length - 1; i++) parent = parent.c![path[i]!]!;
    parent.c![path[path.length - 1]!] = node;
    this.output();
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
