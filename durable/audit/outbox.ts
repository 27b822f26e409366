/**
 * The audit outbox: events wait in the session object's own storage — written in the same
 * atomic put as the run's state — until an alarm delivers them to Postgres in batches.
 * While Postgres is unreachable, delivery retries with capped exponential backoff and the
 * session keeps working; inserts are idempotent on the event id, so a retry after a lost
 * acknowledgement never duplicates. The outbox is bounded: past the limit the oldest events
 * are kept and the overflow is counted and logged loudly.
 */
import { insertEvents, type DatabaseEnv } from "./database";
import type { AuditEvent } from "./event";

export interface OutboxStatus {
  /** last sequence number used */
  seq: number;
  pending: number;
  delivered: number;
  /** events refused because the outbox was full */
  dropped: number;
  /** consecutive failed deliveries */
  failures: number;
  /** epoch ms of the next delivery attempt after a failure */
  retryAt: number | null;
  lastError: string | null;
}

export const STATUS_KEY = "audit";
export const OUTBOX_PREFIX = "outbox:";
export const OUTBOX_LIMIT = 10_000;
const BATCH = 100;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 5 * 60_000;

export function freshStatus(): OutboxStatus {
  return { seq: 0, pending: 0, delivered: 0, dropped: 0, failures: 0, retryAt: null, lastError: null };
}

const keyOf = (seq: number) => `${OUTBOX_PREFIX}${String(seq).padStart(12, "0")}`;

/**
 * The storage entries that add `events` to the outbox, for the run's one atomic put, and
 * the status after it.
 */
export function enqueue(status: OutboxStatus, events: readonly AuditEvent[]): { entries: Record<string, unknown>; status: OutboxStatus } {
  if (events.length === 0) return { entries: {}, status };
  const room = Math.max(0, OUTBOX_LIMIT - status.pending);
  const kept = events.slice(0, room);
  const next = { ...status, seq: status.seq + kept.length, pending: status.pending + kept.length, dropped: status.dropped + events.length - kept.length };
  if (kept.length < events.length) {
    console.error(
      `edgelit audit: OUTBOX FULL (${OUTBOX_LIMIT} events waiting for Postgres): dropped ${events.length - kept.length} ` +
        `new event(s), ${next.dropped} in all for session ${events[0]!.sessionId}. Last delivery error: ${status.lastError ?? "none"}`,
    );
  }
  const entries: Record<string, unknown> = { [STATUS_KEY]: next };
  kept.forEach((e, i) => (entries[keyOf(status.seq + 1 + i)] = e));
  return { entries, status: next };
}

/** When the alarm should fire to deliver: now, after a backoff, or never (nothing waits). */
export function deliveryDue(status: OutboxStatus, now: number): number | null {
  if (status.pending === 0) return null;
  return status.retryAt ?? now;
}

/** Delivers batches until the outbox is empty or a batch fails. Returns the new status. */
export async function deliver(storage: DurableObjectStorage, env: DatabaseEnv, status: OutboxStatus, now: () => number): Promise<OutboxStatus> {
  let s = status;
  while (s.pending > 0) {
    const batch = await storage.list<AuditEvent>({ prefix: OUTBOX_PREFIX, limit: BATCH });
    if (batch.size === 0) {
      s = { ...s, pending: 0 };
      break;
    }
    try {
      await insertEvents(env, [...batch.values()]);
    } catch (error) {
      const failures = s.failures + 1;
      const wait = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (failures - 1)) * (0.8 + Math.random() * 0.4);
      const message = (error as Error).message || String(error);
      console.error(`edgelit audit: delivery failed (attempt ${failures}, ${s.pending} event(s) waiting, next try in ${Math.round(wait / 1000)} s): ${message}`);
      s = { ...s, failures, retryAt: now() + wait, lastError: message };
      await storage.put(STATUS_KEY, s);
      return s;
    }
    s = { ...s, pending: s.pending - batch.size, delivered: s.delivered + batch.size, failures: 0, retryAt: null, lastError: null };
    // No await between the two: the delete and the status update commit together.
    const removed = storage.delete([...batch.keys()]);
    const saved = storage.put(STATUS_KEY, s);
    await Promise.all([removed, saved]);
  }
  return s;
}
