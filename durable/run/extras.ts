/**
 * What a run's frame carries besides tree ops (protocol/messages.ts `RunExtras`): the toasts
 * raised since the last frame, and the query string when the page changed it. Taking them
 * moves them to "sent", so each toast and each change travels once.
 */
import type { RunExtras } from "../../protocol/messages";
import type { RunContext } from "../st/context";
import type { RunSession } from "./types";

export function takeExtras(ctx: RunContext, session: RunSession): RunExtras {
  const out: RunExtras = {};
  if (ctx.toasts.length) {
    out.toasts = ctx.toasts;
    ctx.toasts = [];
  }
  const qs = ctx.query.queryString();
  if (qs !== session.query) {
    out.qs = qs;
    session.query = qs;
  }
  return out;
}

export function hasExtras(extras: RunExtras): boolean {
  return extras.toasts !== undefined || extras.qs !== undefined;
}
