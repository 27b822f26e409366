/**
 * `st.fragment(fn, { key, runEvery })` (Streamlit's @st.fragment): a part of the page that
 * re-runs on its own. A widget inside it re-runs only `fn` — the rest of the page is neither
 * run nor diffed against anything new, so the frame holds only the fragment's subtree — and
 * `runEvery` re-runs it on a timer while a browser is connected (session-core's ticker).
 *
 * A full run runs `fn` in place and records it (memory only, like callbacks: functions
 * can't be stored). A fragment run (durable/run/fragment-run.ts) runs the recorded `fn`
 * against a copy of the browser's tree whose fragment subtree is emptied. When the record
 * is missing (the object woke from hibernation, the page changed shape), the input runs
 * the whole page instead: a full run covers every fragment.
 */
import type { Path } from "../../protocol/tree";
import { parseTtl } from "../cache/duration";
import type { Container } from "./container";
import type { RunContext } from "./context";
import { AuthorError } from "./errors";
import type { Scope } from "./target";
import { hash53 } from "./widgets/identity";

/** What a fragment's function receives: the fragment's own `st` (its container, state, rerun). */
export type FragmentFn<S> = (st: S) => unknown;

export interface FragmentOptions {
  /** a stable identity of your choosing, unique on the page (default: its function and position) */
  key?: string;
  /** re-run it on a timer: seconds, or a duration like "2s", "500ms", "1m" */
  runEvery?: number | string;
}

/** One fragment as its last run left it. */
export interface FragmentRecord {
  id: string;
  fn: (st: never) => unknown;
  /** where its block sits in the tree */
  path: Path;
  scope: Scope;
  /** milliseconds between timed runs */
  every?: number;
  /** the fragment it is nested in */
  parent?: string;
}

/** The session's fragments (memory only), and the one re-running on its own now. */
export interface SessionFragments {
  records: Map<string, FragmentRecord>;
  /** the fragment a fragment run is running (for the error an outside write gets) */
  running: string | null;
  /** the run under way or the last one (a dialog's handle, kept by the page, acts on it) */
  current: RunContext | null;
}

export function noFragments(): SessionFragments {
  return { records: new Map(), running: null, current: null };
}

export interface FragmentApi {
  /**
   * Runs `fn` as a fragment: a widget inside it re-runs only `fn`, not the page.
   * `fn` gets the fragment's own `st`; write inside it only (elements written to a
   * container outside the fragment are refused). Await it.
   * @example await st.fragment((f) => { if (f.button("Refresh")) f.text(new Date().toISOString()); }, { runEvery: "2s" });
   */
  fragment(fn: FragmentFn<FragmentSt>, opts?: FragmentOptions): Promise<void>;
}

/** The `st` a fragment function receives: a container with `St`'s session methods. */
export type FragmentSt = import("./st").St;

export function fragmentId(page: string, path: Path, fn: (...a: never[]) => unknown, key: string | undefined): string {
  if (key !== undefined) {
    if (typeof key !== "string" || key === "") throw new AuthorError("fragment: a key must be a non-empty string.");
    return `f:${key}`;
  }
  return `f${hash53(JSON.stringify([page, path, fn.toString()])).toString(36)}`;
}

export function runEveryMs(every: number | string | undefined): number | undefined {
  if (every === undefined || every === null) return undefined;
  const ms = parseTtl(every, "fragment runEvery");
  if (ms !== undefined && ms < 50) throw new AuthorError(`fragment runEvery: ${JSON.stringify(every)} is shorter than 50 ms.`);
  return ms;
}

export const fragmentApi = {
  async fragment(fn, opts = {}) {
    if (typeof fn !== "function") throw new AuthorError("fragment: give it a function, `st.fragment((f) => { … })`.");
    const every = runEveryMs(opts.runEvery);
    const container = this.block("fragment", {});
    const { ctx } = this;
    const id = fragmentId(ctx.opts.page, container.path, fn, opts.key);
    if (ctx.fragmentsSeen.has(id)) {
      throw new AuthorError(
        opts.key !== undefined ? `There are multiple fragments with the key "${opts.key}".` : "The same fragment function was placed twice at one position.",
      );
    }
    ctx.fragmentsSeen.set(id, {
      id,
      fn,
      path: container.path,
      scope: { ...container.scope, fragment: id },
      ...(every !== undefined ? { every } : {}),
      ...(this.scope.fragment !== undefined ? { parent: this.scope.fragment } : {}),
    });
    ctx.place(container.path, { k: "fragment", p: { id }, c: [] });
    await runFragment(ctx, ctx.fragmentsSeen.get(id)!);
  },
} as FragmentApi & ThisType<Container>;

/** Runs a fragment's function with its own `st`; writes elsewhere are refused meanwhile (context.ts). */
export async function runFragment(ctx: RunContext, record: FragmentRecord): Promise<void> {
  const st = ctx.stFor(record.path, record.scope);
  ctx.fragmentStack.push(record.id);
  try {
    await record.fn(st as never);
  } catch (error) {
    // the innermost fragment an error left (its exception is shown there: run/body.ts)
    if (ctx.failed?.error !== error) ctx.failed = { error, path: record.path };
    throw error;
  } finally {
    ctx.fragmentStack.pop();
  }
}
