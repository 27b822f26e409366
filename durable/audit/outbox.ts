/**
 * The audit outbox: events wait in the session object's own storage — written in the same
 * atomic put as the run's state — until an alarm delivers them to Postgres in batches.
 * While Postgres is unreachable, delivery retries with capped exponential backoff and the
 * session keeps working; inserts are idempotent on the event id, so a retry after a lost
 * acknowledgement never duplicates. The outbox is bounded: past the limit the oldest events
 * are kept and the overflow is counted and logged loudly.
 *
 * Runs keep recording while a delivery awaits Postgres (input gates do not cover network
 * I/O), so the status is only ever updated from its current value, never from a copy taken
 * before an await.
 */
import { type DatabaseEnv, insertEvents } from "./database";
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
export const DEFAULT_RETRY_BASE_MS = 1000;
const BACKOFF_MAX_MS = 5 * 60_000;

export function freshStatus(): OutboxStatus {
  return { seq: 0, pending: 0, delivered: 0, dropped: 0, failures: 0, retryAt: null, lastError: null };
}

const keyOf = (seq: number) => `${OUTBOX_PREFIX}${String(seq).padStart(12, "0")}`;

export class Outbox {
  private delivering: Promise<void> | null = null;

  constructor(
    public status: OutboxStatus,
    private readonly retryBaseMs = DEFAULT_RETRY_BASE_MS,
  ) {}

  /**
   * Takes a run's events: returns the storage entries that add them (and the new status),
   * for the run's one atomic put.
   */
  take(events: readonly AuditEvent[]): Record<string, unknown> {
    if (events.length === 0) return {};
    const s = this.status;
    const kept = events.slice(0, Math.max(0, OUTBOX_LIMIT - s.pending));
    const entries: Record<string, unknown> = {};
    kept.forEach((e, i) => (entries[keyOf(s.seq + 1 + i)] = e));
    this.status = { ...s, seq: s.seq + kept.length, pending: s.pending + kept.length, dropped: s.dropped + events.length - kept.length };
    if (kept.length < events.length) {
      console.error(
        `edgelit audit: OUTBOX FULL (${OUTBOX_LIMIT} events waiting for Postgres): dropped ${events.length - kept.length} ` +
          `new event(s), ${this.status.dropped} in all for session ${events[0]!.sessionId}. Last delivery error: ${s.lastError ?? "none"}`,
      );
    }
    entries[STATUS_KEY] = this.status;
    return entries;
  }

  /** When the alarm should fire to deliver: now, after a backoff, or never (nothing waits). */
  due(now: number): number | null {
    return this.status.pending === 0 ? null : (this.status.retryAt ?? now);
  }

  /** Delivers batches until the outbox is empty or a batch fails (one delivery at a time). */
  deliver(storage: DurableObjectStorage, env: DatabaseEnv): Promise<void> {
    this.delivering ??= this.run(storage, env).finally(() => {
      this.delivering = null;
    });
    return this.delivering;
  }

  private async run(storage: DurableObjectStorage, env: DatabaseEnv): Promise<void> {
    for (;;) {
      const batch = await storage.list<AuditEvent>({ prefix: OUTBOX_PREFIX, limit: BATCH });
      if (batch.size === 0) {
        this.status = { ...this.status, pending: 0 };
        return;
      }
      try {
        await insertEvents(env, [...batch.values()]);
      } catch (error) {
        const failures = this.status.failures + 1;
        const wait = Math.min(BACKOFF_MAX_MS, this.retryBaseMs * 2 ** (failures - 1)) * (0.8 + Math.random() * 0.4);
        const message = (error as Error).message || String(error);
        console.error(
          `edgelit audit: delivery failed (attempt ${failures}, ${this.status.pending} event(s) waiting, next try in ${(wait / 1000).toFixed(1)} s): ${message}`,
        );
        this.status = { ...this.status, failures, retryAt: Date.now() + wait, lastError: message };
        await storage.put(STATUS_KEY, this.status);
        return;
      }
      const s = this.status;
      this.status = { ...s, pending: Math.max(0, s.pending - batch.size), delivered: s.delivered + batch.size, failures: 0, retryAt: null, lastError: null };
      // No await between the two: the delete and the status update commit together.
      const removed = storage.delete([...batch.keys()]);
      const saved = storage.put(STATUS_KEY, this.status);
      await Promise.all([removed, saved]);
    }
  }
}
