/**
 * A session's recent activity for its own pages (`st.recentActivity()`): the rows already in
 * Postgres (the seed's per-session query) merged with events still waiting in the outbox or
 * recorded by this very run — so a page shows what was just done even before delivery, and
 * says which is which.
 */
import { type DatabaseEnv, recentActivity } from "./database";
import type { AuditEvent } from "./event";

export interface ActivityItem {
  action: string;
  context: unknown;
  /** ISO time */
  at: string;
  /** in Postgres (true) or still in the session's outbox (false) */
  delivered: boolean;
}

export interface Activity {
  items: ActivityItem[];
  database: "reachable" | "unreachable" | "not configured";
  error?: string;
}

export async function sessionActivity(
  env: DatabaseEnv,
  sessionId: string,
  waiting: readonly AuditEvent[],
  limit: number,
): Promise<Activity> {
  const pending = waiting.map((e) => ({ eventId: e.eventId, action: e.action, context: e.context, at: e.at, delivered: false }));
  let stored: (ActivityItem & { eventId: string })[] = [];
  let database: Activity["database"] = "not configured";
  let error: string | undefined;
  if (env.DATABASE_URL) {
    try {
      const rows = await recentActivity(env, sessionId, limit);
      stored = rows.map((r) => ({ eventId: r.eventId, action: r.action, context: r.context, at: r.at.toISOString(), delivered: true }));
      database = "reachable";
    } catch (e) {
      database = "unreachable";
      error = (e as Error).message;
    }
  }
  const delivered = new Set(stored.map((r) => r.eventId));
  const items = [...pending.filter((p) => !delivered.has(p.eventId)), ...stored]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, limit)
    .map(({ eventId: _id, ...item }) => item);
  return { items, database, ...(error ? { error } : {}) };
}
