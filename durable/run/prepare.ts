/**
 * A run's first phase: pick the page, number the run, lay the browser's own values over the
 * server's copy of its tree (so they are not sent back), work out which callbacks the input
 * calls, replay the page to recover them after a wake, store the new values, and build the
 * run's context and `st`.
 */
import { applyInputs } from "../../protocol/input";
import { formatQuery, parseQuery } from "../../protocol/query";
import type { Path } from "../../protocol/tree";
import { recoverCallbacks, callbacksToRun } from "../callbacks";
import type { RunInput } from "../runner";
import type { PageDef } from "../st/app";
import { RunContext } from "../st/context";
import { St } from "../st/st";
import { DEFAULT_CONFIG, type RunDeps } from "./types";
import { baseTree, type FragmentPlan, planFragments, runFragments } from "./fragment-run";

export interface PreparedRun {
  deps: RunDeps;
  input: RunInput;
  page: PageDef;
  run: number;
  /** the page differs from the one the session showed */
  moved: boolean;
  /** `{ ack }` for the frames of this run, when its input was numbered */
  ack: { ack?: number };
  /** widgets whose value this input changed (callbacks, audit) */
  changed: string[];
  /** callbacks to call before the body */
  toCall: string[];
  ctx: RunContext;
  st: St;
  /** a fragment run: the fragments it runs (unset: the whole page) */
  fragments?: FragmentPlan;
  /** the run's body: the page, or the fragments */
  render(): unknown;
  /** the run is about to await something that may outlast this tick (OutputHooks) */
  mayWait(): void;
}

/** What the run's frames do: announce the run and flush output if it outlasts this tick, send an appended token now. */
export interface OutputHooks {
  announce(send: () => void): void;
  mayWait(): void;
  output(p: PreparedRun): void;
  append(p: PreparedRun, path: Path, prop: string, text: string): void;
}

export async function prepareRun(deps: RunDeps, input: RunInput, hooks: OutputHooks): Promise<PreparedRun> {
  const { app, session, stores } = deps;
  const page = app.find(input.page ?? session.page) ?? app.home;
  const moved = session.page !== page.path;
  // Only fragments run when the input is theirs and the session still knows them (memory).
  const plan = input.fragments && !moved ? planFragments(input.fragments, stores.fragments, session.tree) : null;
  session.page = page.path;
  // the browser's address bar, as it connected or navigated (checked at the boundary)
  if (input.query !== undefined) session.query = formatQuery(parseQuery(input.query));
  const run = ++session.run;
  // Announce the run only if it outlasts this tick: a quick run costs one frame, its `done`.
  const scope = plan ? { scope: plan.records.map((r) => r.path) } : {};
  hooks.announce(() => deps.send({ t: "run", run, page: page.path, ...scope }));

  // What the browser shows already: the values it sent. Diffing against them means a value
  // is sent back only when the page made it different (protocol/input.ts).
  applyInputs(session.tree, input.shown);
  if (input.ack !== undefined) session.ack = Math.max(session.ack, input.ack);
  const ack = input.ack !== undefined ? { ack: input.ack } : {};

  const changed = [...input.values].filter(([id, v]) => !sameValue(stores.widgets[id], v)).map(([id]) => id);
  const toCall = callbacksToRun(stores, [...changed, ...input.triggers], input.callbacksDone);
  const who = { sessionId: session.id, user: deps.user, identity: deps.identity, context: deps.context, ...(deps.env ? { env: deps.env } : {}) };
  if (toCall.length) {
    hooks.mayWait(); // recovering them replays the page, which may await
    await recoverCallbacks(stores, toCall, { page, pages: deps.pages, options: { run, config: DEFAULT_CONFIG, query: session.query, ...who } });
  }
  for (const [id, v] of input.values) stores.widgets[id] = v;

  let prepared: PreparedRun | undefined;
  const ctx = new RunContext(stores, {
    run,
    ...who,
    page: page.path,
    shadow: false,
    triggers: input.triggers,
    submitted: input.submitted,
    reruns: input.reruns,
    config: plan ? session.config : DEFAULT_CONFIG,
    query: session.query,
    ...(plan ? { base: baseTree(session.tree, plan.records.map((r) => r.path)), fragmentRun: plan.covered } : {}),
    ...(deps.activity ? { activity: deps.activity } : {}),
    onOutput: () => prepared && hooks.output(prepared),
    onAppend: (path, prop, text) => prepared && hooks.append(prepared, path, prop, text),
  });
  stores.fragments.current = ctx;
  const st = new St(ctx, page, deps.pages);
  ctx.stFor = (path, scope) => new St(ctx, page, deps.pages, path, scope);
  const render = plan ? () => runFragments(ctx, stores.fragments, plan.records) : () => page.render(st);
  prepared = { deps, input, page, run, moved, ack, changed, toCall, ctx, st, render, mayWait: hooks.mayWait, ...(plan ? { fragments: plan } : {}) };
  return prepared;
}

/** Lists and a data editor's edits compare by content (validators give them in one canonical order). */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === "object" && typeof b === "object" && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}
