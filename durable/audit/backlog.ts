/**
 * The app-wide view of undelivered audit events, for operators: each session object keeps
 * its own outbox, so nothing else could say "412 events wait, the oldest for 9 minutes".
 * A session reports here when a delivery fails (with its new retry time) and again when
 * its outbox drains — never on the happy path, so a healthy app sends nothing here.
 *
 * A session whose retry time passed long ago without a new report has stopped retrying:
 * that is a stall, and `/_stcore/health/detail` names it as "overdue".
 */
import { DurableObject } from "cloudflare:workers";
import { withDeadline } from "./deadline";
import type { Backlog, BacklogReport } from "./outbox";

export interface BacklogSummary {
  /** events waiting in sessions whose last delivery failed */
  waiting: number;
  sessions: number;
  /** age in seconds of the oldest waiting event (0: none) */
  oldestSeconds: number;
  /** sessions whose retry is overdue by more than the grace period: delivery has stalled */
  overdue: number;
  lastError: string | null;
}

/** How late a retry may be before it counts as a stall (alarms may fire a little late). */
const OVERDUE_GRACE_MS = 60_000;
const LIST_LIMIT = 10_000;
/** one name, one object: the whole app's backlog */
const NAME = "audit-backlog";

export class AuditBacklog extends DurableObject {
  async report(backlog: Backlog): Promise<void> {
    await this.ctx.storage.put(backlog.session, backlog);
  }

  async drained(session: string): Promise<void> {
    await this.ctx.storage.delete(session);
  }

  async summary(now = Date.now()): Promise<BacklogSummary> {
    const all = [...(await this.ctx.storage.list<Backlog>({ limit: LIST_LIMIT })).values()];
    let oldest = now;
    let latest: Backlog | null = null;
    for (const b of all) {
      if (b.oldestAt) oldest = Math.min(oldest, Date.parse(b.oldestAt));
      if (!latest || (b.retryAt ?? 0) > (latest.retryAt ?? 0)) latest = b;
    }
    return {
      waiting: all.reduce((n, b) => n + b.pending, 0),
      sessions: all.length,
      oldestSeconds: Math.round((now - oldest) / 1000),
      overdue: all.filter((b) => b.retryAt !== null && b.retryAt + OVERDUE_GRACE_MS < now).length,
      lastError: latest?.lastError ?? null,
    };
  }
}

export interface BacklogEnv {
  /** the AuditBacklog object (optional: without it, backlogs are only logged) */
  AUDIT_BACKLOG?: DurableObjectNamespace<AuditBacklog>;
}

const stubOf = (env: BacklogEnv) => env.AUDIT_BACKLOG?.get(env.AUDIT_BACKLOG.idFromName(NAME));

/** A session's reporter: a report is bounded in time like every other call delivery makes. */
export function backlogReporter(env: BacklogEnv, session: string, deadlineMs: number): BacklogReport {
  return async (backlog) => {
    const stub = stubOf(env);
    if (!stub) return;
    await withDeadline(backlog ? stub.report({ ...backlog, session }) : stub.drained(session), deadlineMs, "the audit backlog object");
  };
}

export async function backlogSummary(env: BacklogEnv, deadlineMs: number): Promise<BacklogSummary | null> {
  const stub = stubOf(env);
  return stub ? withDeadline(stub.summary(), deadlineMs, "the audit backlog object") : null;
}
