/**
 * One page run, start to finish: apply the input, run callbacks, run the page, diff what it
 * produced against what the browser has, and send the changes. Signals and errors of the
 * page are turned into a run status here; nothing the page does can break the session.
 */
import type { PageConfig, PageInfo } from "../protocol/elements";
import type { RunStatus, ServerMsg } from "../protocol/messages";
import { applyInputs } from "../protocol/input";
import { applyOps, KEEP, type Node, type Tree } from "../protocol/tree";
import type { Identity } from "../platform/identity";
import { automaticEvents } from "./audit/auto";
import type { RequestContext } from "./connection";
import { withPage } from "./cache/context";
import { callbacksToRun, recoverCallbacks, runCallbacks } from "./callbacks";
import { diff } from "./diff";
import { emptyInput, type RunHandle, type RunInput, type RunResult } from "./runner";
import type { App } from "./st/app";
import { RunContext, type RunOptions, type SessionStores } from "./st/context";
import { exceptionProps } from "./st/elements/exception";
import { InterruptSignal, RerunSignal, StopSignal } from "./st/signals";
import { St } from "./st/st";

/** The parts of a session a run reads and advances. */
export interface RunSession {
  /** the session id */
  id: string;
  page: string;
  /** what every connected browser has */
  tree: Tree;
  /** the newest input whose values `tree` holds */
  ack: number;
  config: PageConfig;
  run: number;
}

export interface RunDeps {
  app: App;
  pages: readonly PageInfo[];
  session: RunSession;
  stores: SessionStores;
  /** the verified user's email (audit rows), their identity and request context (st.user, st.context) */
  user: string | null;
  identity: Identity | null;
  context: RequestContext;
  /** this session's recent audit activity (st.recentActivity) */
  activity?: RunOptions["activity"];
  send(msg: ServerMsg): void;
}

export const DEFAULT_CONFIG: PageConfig = { layout: "centered", sidebar: "auto" };

export async function executeRun(deps: RunDeps, input: RunInput, register: (h: RunHandle) => void): Promise<RunResult> {
  const { app, session, stores } = deps;
  const page = app.find(input.page ?? session.page) ?? app.home;
  const moved = session.page !== page.path;
  session.page = page.path;
  const run = ++session.run;
  // Announce the run only if it outlasts this tick: a quick run costs one frame, its `done`.
  const announce = setTimeout(() => deps.send({ t: "run", run, page: page.path }), 0);

  // What the browser shows already: the values it sent. Diffing against them means a value
  // is sent back only when the page made it different (protocol/input.ts).
  applyInputs(session.tree, input.shown);
  if (input.ack !== undefined) session.ack = Math.max(session.ack, input.ack);
  const ack = input.ack !== undefined ? { ack: input.ack } : {};

  const changed = [...input.values].filter(([id, v]) => !sameValue(stores.widgets[id], v)).map(([id]) => id);
  const toCall = callbacksToRun(stores, [...changed, ...input.triggers], input.callbacksDone);
  const who = { sessionId: session.id, user: deps.user, identity: deps.identity, context: deps.context };
  if (toCall.length) await recoverCallbacks(stores, toCall, { page, pages: deps.pages, options: { run, config: DEFAULT_CONFIG, ...who } });
  for (const [id, v] of input.values) stores.widgets[id] = v;

  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  const kept = new Set<string>();
  const ctx = new RunContext(stores, {
    run,
    ...who,
    page: page.path,
    shadow: false,
    triggers: input.triggers,
    submitted: input.submitted,
    reruns: input.reruns,
    config: DEFAULT_CONFIG,
    ...(deps.activity ? { activity: deps.activity } : {}),
    // A page that awaits (I/O, a spinner) shows what it has so far; a page that doesn't
    // finishes before the timer fires and everything goes in the one `done` frame.
    onOutput: () => {
      flushTimer ??= setTimeout(() => {
        flushTimer = undefined;
        if (ctx.phase !== "body") return;
        // Unchanged nodes the run has passed are named once (KEEP), so they stop looking stale.
        const ops = diff(session.tree, ctx.tree, { complete: false, keep: true }).filter((op) => {
          if (op[0] !== KEEP) return true;
          const key = op[1].join(".");
          return !kept.has(key) && Boolean(kept.add(key));
        });
        if (ops.length === 0) return;
        applyOps(session.tree, ops);
        deps.send({ t: "delta", run, ops, ...ack });
      }, 0);
    },
  });
  register({ interrupt: () => void (ctx.interrupted = true) });
  const st = new St(ctx, page, deps.pages);

  let status: RunStatus = "ok";
  let rerun = false;
  const callbackError = await runCallbacks(stores, toCall, input.callbacksDone);
  ctx.phase = "body";
  try {
    if (callbackError !== undefined) throw callbackError;
    await withPage(st, () => page.render(st));
    if (ctx.signal) {
      console.warn(`edgelit: page ${page.path} caught its own ${ctx.signal.name === "RerunSignal" ? "rerun()" : "stop()"}; honoured anyway`);
      throw ctx.signal;
    }
  } catch (error) {
    if (error instanceof InterruptSignal) status = "interrupted";
    else if (error instanceof RerunSignal) [status, rerun] = ["interrupted", true];
    else if (error instanceof StopSignal) status = "stopped";
    else {
      status = "error";
      console.error(`edgelit: page ${page.path} raised`, error);
      ctx.place(st.slot(), errorNode(error));
    }
  } finally {
    ctx.phase = "done";
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    clearTimeout(announce);
  }
  if (status === "ok" || status === "error") {
    const bad = unstorableKey(stores);
    if (bad) {
      status = "error";
      ctx.place(st.slot(), errorNode(bad));
    }
  }

  const events = [...ctx.events];
  if (status === "ok" || status === "error") {
    try {
      events.push(...automaticEvents(ctx, app.audit, new Map(changed.map((id) => [id, input.values.get(id)!])), input.submitted));
    } catch (error) {
      console.error("edgelit audit: an automatic event could not be made", error);
    }
  }

  // Streamlit: a completed run forgets widgets it did not render; a stopped, failed or
  // interrupted one keeps them (the page never got that far).
  if (status === "ok") forgetUnseen(stores, ctx.seen);
  const complete = status === "ok" || status === "error";
  const ops = diff(session.tree, ctx.tree, { complete });
  applyOps(session.tree, ops);
  const configChanged = JSON.stringify(ctx.config) !== JSON.stringify(session.config);
  session.config = ctx.config;
  deps.send({
    t: "done",
    run,
    ...(status !== "ok" ? { status } : {}),
    ops,
    ...(configChanged ? { config: ctx.config } : {}),
    ...(moved ? { page: page.path } : {}),
    ...ack,
  });

  if (rerun) return { events, next: { ...emptyInput(), reruns: input.reruns + 1 } };
  if (status === "interrupted") {
    // Presses and submits of an abandoned run happen in the next one; their callbacks don't run twice.
    return { events, next: { ...emptyInput(), triggers: input.triggers, submitted: input.submitted, callbacksDone: input.callbacksDone } };
  }
  return { events };
}

/** The exception element, placed directly: the run may already be flagged as interrupted. */
function errorNode(error: unknown): Node {
  return { k: "exception", p: { ...exceptionProps(error) } };
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && JSON.stringify(a) === JSON.stringify(b));
}

function forgetUnseen(stores: SessionStores, seen: ReadonlySet<string>): void {
  for (const id of Object.keys(stores.meta)) {
    if (seen.has(id)) continue;
    delete stores.meta[id];
    delete stores.widgets[id];
    stores.callbacks.delete(id);
  }
}

/** A session-state value that can't be stored is dropped (so the rest is saved) and reported. */
function unstorableKey(stores: SessionStores): Error | undefined {
  const data = stores.state.snapshot();
  for (const key of Object.keys(data)) {
    try {
      structuredClone(data[key]);
    } catch (e) {
      stores.state.delete(key);
      return new TypeError(
        `Session state "${key}" holds a value that can't be stored (${(e as Error).message}). ` +
          "Keep plain data, Date, Map, Set or typed arrays in session state.",
      );
    }
  }
  return undefined;
}
