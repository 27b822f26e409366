/**
 * A run's last phase: check what it left in session state can be stored, make its automatic
 * audit events, forget widgets a completed run did not draw, diff the tree against what the
 * browser has and send the `done` frame, and say what runs next (a rerun, or the presses of
 * an interrupted run).
 */
import type { RunStatus } from "../../protocol/messages";
import { applyOps } from "../../protocol/tree";
import { automaticEvents } from "../audit/auto";
import type { AuditEvent } from "../audit/event";
import { diff } from "../diff";
import { coalesce, emptyInput, type RunResult } from "../runner";
import type { SessionStores } from "../st/context";
import { type BodyOutcome, errorNode, errorSlot } from "./body";
import { keepFragments } from "./fragment-run";
import type { PreparedRun } from "./prepare";
import { takeExtras } from "./extras";

export function finishRun(prepared: PreparedRun, outcome: BodyOutcome): RunResult {
  const { deps, input, page, run, moved, ack, changed, ctx, st } = prepared;
  const { session, stores, app } = deps;
  let status: RunStatus = outcome.status;
  const complete = status === "ok" || status === "error";
  if (complete) {
    const bad = unstorableKey(stores);
    if (bad) {
      status = "error";
      const fragment = prepared.fragments?.records[0];
      ctx.place(fragment ? errorSlot(ctx, fragment.path) : st.slot(), errorNode(bad));
    }
  }

  const events = [...ctx.events];
  if (complete) {
    try {
      events.push(...automaticEvents(ctx, app.audit, new Map(changed.map((id) => [id, input.values.get(id)!])), input.submitted));
    } catch (error) {
      console.error("edgelit audit: an automatic event could not be made", error);
    }
  }

  // Streamlit: a completed run forgets widgets it did not render; a stopped, failed or
  // interrupted one keeps them (the page never got that far).
  if (status === "ok") forgetUnseen(stores, ctx.seen, ctx.opts.fragmentRun);
  keepFragments(stores.fragments, ctx, status === "ok");
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
    ...takeExtras(ctx, session),
  });

  const result = next(prepared, outcome, status, events);
  if (ctx.also.size > 0) {
    const also = { ...emptyInput(), fragments: new Set(ctx.also) };
    result.next = result.next ? coalesce(result.next, also) : also;
  }
  if (prepared.fragments) result.fragmentRun = true;
  result.timed = new Map([...stores.fragments.records.values()].flatMap((r) => (r.every !== undefined ? [[r.id, r.every] as const] : [])));
  return result;
}

/** What runs next: a rerun (of the page or of one fragment), or the presses of an interrupted run. */
function next(prepared: PreparedRun, outcome: BodyOutcome, status: RunStatus, events: AuditEvent[]): RunResult {
  const { input } = prepared;
  if (outcome.rerun) {
    const fragments = outcome.fragment !== undefined ? { fragments: new Set([outcome.fragment]) } : {};
    return { events, next: { ...emptyInput(), reruns: input.reruns + 1, ...fragments } };
  }
  if (status === "interrupted") {
    // Presses and submits of an abandoned run happen in the next one; their callbacks don't run twice.
    const fragments = prepared.fragments ? { fragments: new Set(prepared.fragments.records.map((r) => r.id)) } : {};
    return { events, next: { ...emptyInput(), triggers: input.triggers, submitted: input.submitted, callbacksDone: input.callbacksDone, ...fragments } };
  }
  return { events };
}

/** A fragment run forgets only widgets of the fragments it ran: it drew nothing else. */
function forgetUnseen(stores: SessionStores, seen: ReadonlySet<string>, fragments: ReadonlySet<string> | undefined): void {
  for (const id of Object.keys(stores.meta)) {
    if (seen.has(id)) continue;
    if (fragments && !fragments.has(stores.meta[id]!.fragment ?? "")) continue;
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
