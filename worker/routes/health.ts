/**
 * Health: `/_stcore/health` answers "ok" as Streamlit's does (probes and load balancers);
 * `/_stcore/health/detail` also checks the audit database, so a bad DATABASE_URL is
 * visible without breaking anything — sessions keep working and keep their events.
 */
import type { Context } from "hono";
import { pingDatabase } from "../../durable/audit/database";
import type { WorkerVars } from "../access/middleware";
import type { Env } from "../env";

export function healthRoute(c: Context<WorkerVars>): Response {
  return c.text("ok", 200, { "Cache-Control": "no-cache" });
}

export async function healthDetailRoute(c: Context<WorkerVars>): Promise<Response> {
  const audit = await auditHealth(c.env);
  return c.json({ status: "ok", audit }, 200, { "Cache-Control": "no-cache" });
}

async function auditHealth(env: Env) {
  if (!env.DATABASE_URL) {
    return { database: "not configured", detail: "DATABASE_URL is not set: audit events wait in each session's outbox." };
  }
  const ping = await pingDatabase(env);
  if (ping.ok) return { database: "reachable", latencyMs: ping.ms };
  // The connection string may hold a password: log and show only the driver's message.
  console.error(`edgelit audit: the database is unreachable: ${ping.error}`);
  return { database: "unreachable", error: ping.error, detail: "Audit events wait in each session's outbox and are retried with backoff." };
}
