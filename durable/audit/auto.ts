/**
 * Automatic audit events an app can ask for (defineApp(pages, { audit })): every form
 * submit with its values, and changes of chosen widgets. Built after the run from what
 * the run rendered, so values are the author's (an option, not its index).
 */
import type { WireValue } from "../../protocol/elements";
import type { RunContext } from "../st/context";
import { type AuditEvent, auditEvent } from "./event";

/** label → value of every widget rendered so far (keys, when given, win over labels) */
export function widgetValues(ctx: RunContext, form?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const v of ctx.values.values()) if (form === undefined || v.form === form) out[v.key ?? v.label] = v.value;
  return out;
}

/** Automatic audit events, per app. */
export interface AuditConfig {
  /** record every form submit as `form_submit` with the form's values */
  formSubmits?: boolean;
  /** record changes of these widgets (by label or key) as `widget_change` */
  widgets?: string[];
}

export function automaticEvents(ctx: RunContext, config: AuditConfig, changed: ReadonlyMap<string, WireValue>, submitted: ReadonlySet<string>): AuditEvent[] {
  const { sessionId, user } = ctx.opts;
  const events: AuditEvent[] = [];
  if (config.formSubmits) {
    for (const form of submitted) events.push(auditEvent(sessionId, user, "form_submit", { form, values: widgetValues(ctx, form) }));
  }
  const watched = new Set(config.widgets ?? []);
  if (watched.size) {
    for (const id of changed.keys()) {
      const seen = ctx.values.get(id);
      if (seen && (watched.has(seen.label) || (seen.key !== undefined && watched.has(seen.key)))) {
        events.push(auditEvent(sessionId, user, "widget_change", { widget: seen.key ?? seen.label, value: seen.value }));
      }
    }
  }
  return events;
}
