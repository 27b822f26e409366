/**
 * An audit event: what the outbox holds and what becomes a `dashboard_activity` row. Made in
 * the session object when the page records it; its id makes delivery idempotent.
 */
import { AuthorError } from "../st/errors";

export interface AuditEvent {
  eventId: string;
  sessionId: string;
  userEmail: string | null;
  action: string;
  context: unknown;
  /** ISO time the page recorded it */
  at: string;
}

const MAX_ACTION = 200;
const MAX_CONTEXT_BYTES = 64 * 1024;

export function auditEvent(sessionId: string, userEmail: string | null, action: string, context: unknown): AuditEvent {
  if (typeof action !== "string" || !action.trim() || action.length > MAX_ACTION) {
    throw new AuthorError(`audit: the action must be a non-empty string of at most ${MAX_ACTION} characters.`);
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(context ?? null);
  } catch (error) {
    throw new AuthorError(`audit("${action}"): the context can't be stored as JSON (${(error as Error).message}).`);
  }
  if (json === undefined || json.length > MAX_CONTEXT_BYTES) {
    throw new AuthorError(`audit("${action}"): the context must be JSON of at most ${MAX_CONTEXT_BYTES} bytes.`);
  }
  return { eventId: crypto.randomUUID(), sessionId, userEmail, action, context: JSON.parse(json), at: new Date().toISOString() };
}
