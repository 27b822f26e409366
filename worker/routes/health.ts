/**
 * Health: `/_stcore/health` answers "ok" as Streamlit's does (probes and load balancers);
 * `/_stcore/health/detail` also checks the audit database and says how many audit events
 * wait undelivered and for how long — so a bad DATABASE_URL or a stalled delivery is
 * visible without breaking anything (sessions keep working and keep their events).
 */
import type { Context } from "hono";
import { backlogSummary } from "../../durable/audit/backlog";
import { deadlineOf, pingDatabase } from "../../durable/audit/database";
import type { WorkerVars } from "../access/middleware";
import type { Env } from "../env";

export function healthRoute(c: Context<WorkerVars>): Response {
  return c.text("ok", 200, { "Cache-Control": "no-cache" });
}

export async function healthDetailRoute(c: Context<WorkerVars>): Promise<Response> {
  const [database, backlog] = await Promise.all([databaseHealth(c.env), backlogHealth(c.env)]);
  return c.json({ status: "ok", audit: { ...database, backlog } }, 200, { "Cache-Control": "no-cache" });
}

async function databaseHealth(env: Env) {
  if (!env.DATABASE_URL) {
    return { database: "not configured", detail: "DATABASE_URL is not set: audit events wait in each session's outbox." };
  }
  const ping = await pingDatabase(env);
  if (ping.ok) return { database: "reachable", latencyMs: ping.ms };
  // The connection string may hold a password: log and show only the driver's message.
  console.error(`edgelit audit: the database is unreachable: ${ping.error}`);
  return { database: "unreachable", error: ping.error, detail: "Audit events wait in each session's outbox and are retried with backoff." };
}

async function backlogHealth(env: Env) {
  try {
    const summary = await backlogSummary(env, deadlineOf(env));
    if (!summary) return { detail: "AUDIT_BACKLOG is not bound: backlogs are only logged by each session." };
    if (summary.overdue > 0) {
      console.error(
        `edgelit audit: delivery has STALLED in ${summary.overdue} session(s): ${summary.waiting} event(s) waiting, oldest ${summary.oldestSeconds} s old`,
      );
    } else if (summary.waiting > 0) {
      console.warn(`edgelit audit: ${summary.waiting} event(s) wait in ${summary.sessions} session(s), oldest ${summary.oldestSeconds} s old`);
    }
    return summary;
  } catch (error) {
    return { error: (error as Error).message };
  }
}
