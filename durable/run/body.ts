/**
 * A run's middle phase: the callbacks, then the page itself. Whatever the page does — an
 * error, st.stop(), st.rerun(), an interrupt by newer input, a control signal it caught
 * itself — becomes the run's outcome here; nothing the page does can break the session.
 * While the page awaits, what it has drawn so far leaves as `delta` frames.
 */
import { APPEND, KEEP, applyOps, type Node, type Op, type Path } from "../../protocol/tree";
import type { RunStatus } from "../../protocol/messages";
import { withPage } from "../cache/context";
import { runCallbacks } from "../callbacks";
import { exceptionProps } from "../st/elements/exception";
import { InterruptSignal, RerunSignal, StopSignal } from "../st/signals";
import { diff } from "../diff";
import { settleDialogs } from "../st/overlays";
import type { PreparedRun } from "./prepare";
import { hasExtras, takeExtras } from "./extras";

export interface BodyOutcome {
  status: RunStatus;
  /** the page called st.rerun() */
  rerun: boolean;
  /** it was `rerun({ scope: "fragment" })` in this fragment */
  fragment?: string;
}

/**
 * A page that awaits (I/O, a spinner) shows what it has so far; a page that doesn't finishes
 * before the timer fires and everything goes in the one `done` frame.
 *
 * What waits for the run to yield to the event loop — its `run` announcement, a flush of its
 * output — shares one timer, set only once the run is about to wait on something that may
 * outlast this tick (`mayWait`): a timer is one of the dearer things a run does in workerd,
 * and a synchronous page, which can't outlast the tick, needs none.
 */
export function partialFrames() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const jobs: (() => void)[] = [];
  /** the run may yield: what waits for the next tick gets a timer */
  let waits = false;
  const fire = (): void => {
    timer = undefined;
    for (const next of jobs.splice(0)) next();
  };
  const later = (job: () => void): void => {
    jobs.push(job);
    if (waits) timer ??= setTimeout(fire, 0);
  };
  /** output waits for a flush */
  let due = false;
  const kept = new Set<string>();
  const flush = ({ deps, ctx, run, ack, fragments }: PreparedRun): void => {
    due = false;
    if (ctx.phase !== "body") return;
    const tree = deps.session.tree;
    // Unchanged nodes the run has passed are named once (KEEP), so they stop looking stale;
    // a fragment run names only its fragments' nodes: the rest of the page isn't re-run.
    const scope = fragments?.records.map((r) => r.path);
    const within = (path: number[]) => !scope || scope.some((s) => s.every((v, i) => path[i] === v));
    const ops = diff(tree, ctx.tree, { complete: false, keep: true }).filter((op) => {
      if (op[0] !== KEEP) return true;
      if (!within(op[1])) return false;
      const key = op[1].join(".");
      return !kept.has(key) && Boolean(kept.add(key));
    });
    const extras = takeExtras(ctx, deps.session);
    if (ops.length === 0 && !hasExtras(extras)) return;
    applyOps(tree, ops);
    deps.send({ t: "delta", run, ops, ...ack, ...extras });
  };
  return {
    /** Sends the run's announcement if the run outlasts this tick. */
    announce(send: () => void): void {
      later(send);
    },
    /** The run is about to await something that may take longer than this tick. */
    mayWait(): void {
      waits = true;
      if (jobs.length > 0) timer ??= setTimeout(fire, 0);
    },
    schedule(prepared: PreparedRun): void {
      if (due) return;
      due = true;
      later(() => due && flush(prepared));
    },
    /**
     * A streamed token: first whatever the browser lacks (so it has the node, with the text
     * so far), then the token alone as an APPEND op, applied to the server's copy of the
     * browser's tree as the browser applies it. No `ack`: the flush before carried it.
     */
    append(prepared: PreparedRun, path: Path, prop: string, text: string): void {
      if (prepared.ctx.phase !== "body") return;
      flush(prepared);
      const op: Op = [APPEND, path, prop, text];
      applyOps(prepared.deps.session.tree, [op]);
      prepared.deps.send({ t: "delta", run: prepared.run, ops: [op] });
    },
    stop(): void {
      clearTimeout(timer);
      timer = undefined;
      jobs.length = 0;
    },
  };
}

export async function runBody({ deps, input, page, ctx, st, toCall, render, mayWait }: PreparedRun): Promise<BodyOutcome> {
  // a callback may await: the run may outlast this tick from here
  if (toCall.length > 0) mayWait();
  const callbackError = await runCallbacks(deps.stores, toCall, input.callbacksDone);
  ctx.phase = "body";
  try {
    if (callbackError !== undefined) throw callbackError;
    const drawn = withPage(st, render);
    if (isThenable(drawn)) {
      mayWait();
      await drawn;
    }
    if (ctx.dialogs.size > 0) {
      mayWait();
      await withPage(st, () => settleDialogs(ctx));
    }
    // download and image bytes: made, hashed and stored before the run's diff
    if (ctx.media.waiting) mayWait();
    await ctx.media.settle();
    if (ctx.signal) {
      console.warn(`edgelit: page ${page.path} caught its own ${ctx.signal.name === "RerunSignal" ? "rerun()" : "stop()"}; honoured anyway`);
      throw ctx.signal;
    }
    return { status: "ok", rerun: false };
  } catch (error) {
    if (error instanceof InterruptSignal) return { status: "interrupted", rerun: false };
    if (error instanceof RerunSignal) return { status: "interrupted", rerun: true, ...(error.fragment !== undefined ? { fragment: error.fragment } : {}) };
    if (error instanceof StopSignal) return { status: "stopped", rerun: false };
    console.error(`edgelit: page ${page.path} raised`, error);
    // what the page drew before it failed still gets its bytes
    if (ctx.media.waiting) mayWait();
    await ctx.media.settle().catch((e: unknown) => console.error(`edgelit: page ${page.path}: media failed`, e));
    // An error a fragment (or a dialog's body) threw shows inside it, as Streamlit shows it.
    const failed = ctx.failed;
    const inFragment = failed && failed.error === error ? failed.path : undefined;
    ctx.place(inFragment ? errorSlot(ctx, inFragment) : st.slot(), errorNode(error));
    return { status: "error", rerun: false };
  } finally {
    ctx.phase = "done";
    ctx.stores.fragments.running = null;
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}

/** After what a fragment drew before it failed. */
export function errorSlot(ctx: PreparedRun["ctx"], path: number[]): number[] {
  let node = ctx.tree.roots[path[0] as 0 | 1];
  for (let i = 1; i < path.length; i++) node = node.c![path[i]!]!;
  return [...path, node.c!.length];
}

/** The exception element, placed directly: the run may already be flagged as interrupted. */
export function errorNode(error: unknown): Node {
  return { k: "exception", p: { ...exceptionProps(error) } };
}
