/**
 * Widget callbacks (onChange / onClick) run before the page body, with the arguments given
 * in the run that rendered the widget. Functions can't be stored, so they live in memory;
 * after the object wakes from hibernation they are recovered by replaying the page in
 * "shadow" mode with the previous values — no output, session-state writes dropped — only
 * until every needed widget has registered its callback again.
 */
import type { PageInfo } from "../protocol/elements";
import type { PageDef } from "./st/app";
import { RunContext, type RunOptions, type SessionStores } from "./st/context";
import { St } from "./st/st";

export interface ShadowSpec {
  page: PageDef;
  pages: readonly PageInfo[];
  options: Pick<RunOptions, "run" | "config" | "sessionId" | "user" | "identity" | "context" | "query">;
}

/** Ids of widgets that have a callback to run for this input, in input order. */
export function callbacksToRun(stores: SessionStores, ids: Iterable<string>, done: ReadonlySet<string>): string[] {
  return [...new Set(ids)].filter((id) => stores.meta[id]?.cb && !done.has(id));
}

export async function recoverCallbacks(stores: SessionStores, needed: readonly string[], spec: ShadowSpec): Promise<void> {
  const missing = new Set(needed.filter((id) => !stores.callbacks.has(id)));
  if (missing.size === 0) return;
  const ctx = new RunContext(stores, {
    ...spec.options,
    page: spec.page.path,
    shadow: true,
    shadowUntil: missing,
    triggers: new Set(),
    submitted: new Set(),
    onOutput: () => {},
    reruns: 0,
  });
  ctx.phase = "body";
  stores.state.muted = true;
  try {
    await spec.page.render(new St(ctx, spec.page, spec.pages));
  } catch {
    // A replay ends by a signal once every callback is found, or by the page's own error,
    // which the real run that follows will show.
  } finally {
    ctx.phase = "done";
    stores.state.muted = false;
  }
}

/** Runs callbacks in order; returns the first error (the page body then doesn't run). */
export async function runCallbacks(stores: SessionStores, ids: readonly string[], done: Set<string>): Promise<unknown> {
  for (const id of ids) {
    const cb = stores.callbacks.get(id);
    done.add(id);
    if (!cb) {
      console.warn(`edgelit: widget ${id} has a callback that could not be recovered; skipped.`);
      continue;
    }
    try {
      await (cb.fn as (...a: unknown[]) => unknown)(...cb.args);
    } catch (error) {
      return error;
    }
  }
  return undefined;
}
