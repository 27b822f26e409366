/**
 * The audit outbox: events wait in the session object's own storage — written in the same
 * atomic put as the run's state — until an alarm delivers them to Postgres in batches.
 * While Postgres is unreachable, delivery retries with capped exponential backoff and the
 * session keeps working; inserts are idempotent on the event id, so a retry after a lost
 * acknowledgement never duplicates. The outbox is bounded: past the limit the oldest events
 * are kept and the overflow is counted and logged loudly.
 *
 * A delivery always ends: every database call has a deadline (database.ts), and any failure
 * — the database's, the storage's, a bug's — becomes a failed attempt with a retry time, so
 * the alarm that called it can always set the next one. The bound this gives: once the
 * database answers again, every waiting event is in it within one backoff cap plus one
 * deadline (an attempt already under way may first have to time out).
 *
 * Runs keep recording while a delivery awaits Postgres (input gates do not cover network
 * I/O), so the status is only ever updated from its current value, never from a copy taken
 * before an await.
 */
import { describe, type DatabaseEnv, insertEvents } from "./database";
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
  /** ISO time of the oldest waiting event, as of the last attempt (null: none waits) */
  oldestAt?: string | null;
}

/** What an operator needs to see of a session whose events wait (health detail, logs). */
export interface Backlog {
  session: string;
  pending: number;
  oldestAt: string | null;
  failures: number;
  retryAt: number | null;
  lastError: string | null;
}

/** Tells whoever watches the whole app about this session's backlog (null: it drained). */
export type BacklogReport = (backlog: Omit<Backlog, "session"> | null) => Promise<void>;

export const STATUS_KEY = "audit";
export const OUTBOX_PREFIX = "outbox:";
export const OUTBOX_LIMIT = 10_000;
const BATCH = 100;

export interface RetryPolicy {
  /** the first retry's delay; each later one doubles */
  baseMs: number;
  /** no retry waits longer than this */
  maxMs: number;
}
export const DEFAULT_RETRY: RetryPolicy = { baseMs: 1000, maxMs: 5 * 60_000 };

export function retryPolicyOf(env: { AUDIT_RETRY_BASE_MS?: string; AUDIT_RETRY_MAX_MS?: string }): RetryPolicy {
  return { baseMs: Number(env.AUDIT_RETRY_BASE_MS) || DEFAULT_RETRY.baseMs, maxMs: Number(env.AUDIT_RETRY_MAX_MS) || DEFAULT_RETRY.maxMs };
}

/** The wait before attempt `failures + 1`: doubling, ±20 % jitter, never past the cap. */
export function backoff(failures: number, policy: RetryPolicy, random = Math.random()): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** (failures - 1) * (0.8 + random * 0.4));
}

export function freshStatus(): OutboxStatus {
  return { seq: 0, pending: 0, delivered: 0, dropped: 0, failures: 0, retryAt: null, lastError: null, oldestAt: null };
}

const keyOf = (seq: number) => `${OUTBOX_PREFIX}${String(seq).padStart(12, "0")}`;
const ageOf = (iso: string | null | undefined, now: number) => (iso ? Math.max(0, Math.round((now - Date.parse(iso)) / 1000)) : 0);

export class Outbox {
  private delivering: Promise<void> | null = null;

  constructor(
    public status: OutboxStatus,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {}

  /** The session's outbox as stored (its keys are the outbox's own business). */
  static async load(storage: DurableObjectStorage, retry: RetryPolicy): Promise<Outbox> {
    return new Outbox((await storage.get<OutboxStatus>(STATUS_KEY)) ?? freshStatus(), retry);
  }

  /** Events still waiting for Postgres, newest first. */
  async waiting(storage: DurableObjectStorage, limit: number): Promise<AuditEvent[]> {
    return [...(await storage.list<AuditEvent>({ prefix: OUTBOX_PREFIX, reverse: true, limit })).values()];
  }

  /** Events wait undelivered: a session that expires must keep them. */
  get holdsEvents(): boolean {
    return this.status.pending > 0;
  }

  /** The session's storage was wiped (nothing waited): start counting afresh. */
  reset(): void {
    if (!this.holdsEvents) this.status = freshStatus();
  }

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
    this.status = {
      ...s,
      seq: s.seq + kept.length,
      pending: s.pending + kept.length,
      dropped: s.dropped + events.length - kept.length,
      oldestAt: s.pending === 0 ? (kept[0]?.at ?? null) : (s.oldestAt ?? null),
    };
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

  /**
   * Delivers batches until the outbox is empty or a batch fails (one delivery at a time).
   * Never rejects and always ends: a failure is recorded as a retry time.
   */
  deliver(storage: DurableObjectStorage, env: DatabaseEnv, report: BacklogReport = async () => {}): Promise<void> {
    this.delivering ??= this.run(storage, env, report).finally(() => {
      this.delivering = null;
    });
    return this.delivering;
  }

  private async run(storage: DurableObjectStorage, env: DatabaseEnv, report: BacklogReport): Promise<void> {
    const hadBacklog = this.status.failures > 0;
    try {
      for (;;) {
        const batch = await storage.list<AuditEvent>({ prefix: OUTBOX_PREFIX, limit: BATCH });
        const events = [...batch.values()];
        if (events.length === 0) {
          this.status = { ...this.status, pending: 0, oldestAt: null };
          break;
        }
        this.status = { ...this.status, oldestAt: events[0]!.at };
        await insertEvents(env, events);
        const s = this.status;
        this.status = { ...s, pending: Math.max(0, s.pending - batch.size), delivered: s.delivered + batch.size, failures: 0, retryAt: null, lastError: null };
        // No await between the two: the delete and the status update commit together.
        const removed = storage.delete([...batch.keys()]);
        const saved = storage.put(STATUS_KEY, this.status);
        await Promise.all([removed, saved]);
      }
    } catch (error) {
      await this.failed(storage, error, report);
      return;
    }
    if (hadBacklog) await tell(report, null);
  }

  private async failed(storage: DurableObjectStorage, error: unknown, report: BacklogReport): Promise<void> {
    const failures = this.status.failures + 1;
    const wait = backoff(failures, this.retry);
    const message = describe(error);
    const now = Date.now();
    // whole milliseconds, as the platform keeps alarm times (see alarm-plan.ts)
    this.status = { ...this.status, failures, retryAt: Math.ceil(now + wait), lastError: message };
    console.error(
      `edgelit audit: delivery failed (attempt ${failures}, ${this.status.pending} event(s) waiting, oldest ${ageOf(this.status.oldestAt, now)} s old, ` +
        `next try in ${(wait / 1000).toFixed(1)} s): ${message}`,
    );
    try {
      await storage.put(STATUS_KEY, this.status);
    } catch (e) {
      // the retry time still holds in memory; the alarm is set from it
      console.error(`edgelit audit: could not store the outbox status: ${describe(e)}`);
    }
    const s = this.status;
    await tell(report, { pending: s.pending, oldestAt: s.oldestAt ?? null, failures, retryAt: s.retryAt, lastError: message });
  }
}

/** A report is for the operator's view only: its failure must never fail a delivery. */
async function tell(report: BacklogReport, backlog: Omit<Backlog, "session"> | null): Promise<void> {
  try {
    await report(backlog);
  } catch (error) {
    console.warn(`edgelit audit: could not report this session's backlog: ${describe(error)}`);
  }
}
