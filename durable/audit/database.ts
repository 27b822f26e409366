/**
 * Writing audit rows to Postgres with Drizzle over Neon's serverless driver.
 *
 * Pool over WebSocket, not HTTP, deliberately: a batch is one multi-row INSERT … ON CONFLICT
 * DO NOTHING, which either mode could send, but the WebSocket protocol is plain Postgres
 * wire protocol — so the very same code reaches Neon in production and a local Postgres
 * (PGlite in `npm run dev`, PostgreSQL 15 in the tests) through a small local stand-in for
 * Neon's proxy, where HTTP mode would need an HTTP-to-SQL shim. The pool is opened for one
 * flush and closed after it: an open outbound socket would keep the session object from
 * hibernating.
 */
import { neonConfig, Pool } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-serverless";
import { sql } from "drizzle-orm";
import { dashboardActivity } from "../../drizzle/schema";
import type { AuditEvent } from "./event";

export interface DatabaseEnv {
  /** a Postgres connection string (Neon in production: `wrangler secret put DATABASE_URL`) */
  DATABASE_URL?: string;
  /** "host:port" of a local stand-in for Neon's WebSocket proxy (set by `npm run dev` and the tests) */
  AUDIT_WS_PROXY?: string;
}

function configure(env: DatabaseEnv): void {
  if (!env.AUDIT_WS_PROXY) return; // production: the driver talks to Neon directly
  const proxy = env.AUDIT_WS_PROXY;
  neonConfig.wsProxy = (host, port) => `${proxy}/v1?address=${host}:${port}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = false; // pipelining only works with cleartext password auth
}

/** Runs `work` with a Drizzle database on a fresh pool, and always closes it. */
async function withDatabase<T>(env: DatabaseEnv, work: (db: ReturnType<typeof drizzle>) => Promise<T>): Promise<T> {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  configure(env);
  const pool = new Pool({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: 5000, max: 1 });
  // workerd reports a server-side close as an error event even after a clean close; unhandled,
  // it would surface as an uncaught error (KNOWN-GOOD.md, gotcha 2).
  let ending = false;
  pool.on("error", (error: Error) => {
    if (!ending) console.warn("edgelit audit: database connection lost:", error.message);
  });
  try {
    return await work(drizzle(pool));
  } finally {
    ending = true;
    await pool.end().catch(() => {});
  }
}

/** Inserts events; ones already there (same event id) are skipped. Returns rows inserted. */
export async function insertEvents(env: DatabaseEnv, events: readonly AuditEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  return withDatabase(env, async (db) => {
    const inserted = await db
      .insert(dashboardActivity)
      .values(
        events.map((e) => ({
          eventId: e.eventId,
          sessionId: e.sessionId,
          userEmail: e.userEmail,
          actionPerformed: e.action,
          widgetContext: e.context,
          interactionTs: new Date(e.at),
        })),
      )
      .onConflictDoNothing({ target: dashboardActivity.eventId })
      .returning({ id: dashboardActivity.id });
    return inserted.length;
  });
}

/** A session's latest activity, newest first (the seed's per-session query). */
export async function recentActivity(env: DatabaseEnv, sessionId: string, limit = 10) {
  return withDatabase(env, (db) =>
    db
      .select({
        eventId: dashboardActivity.eventId,
        action: dashboardActivity.actionPerformed,
        context: dashboardActivity.widgetContext,
        at: dashboardActivity.interactionTs,
      })
      .from(dashboardActivity)
      .where(sql`${dashboardActivity.sessionId} = ${sessionId}`)
      .orderBy(sql`${dashboardActivity.interactionTs} desc`)
      .limit(limit),
  );
}

/** For the health detail: can we reach the database, and how fast. */
export async function pingDatabase(env: DatabaseEnv): Promise<{ ok: true; ms: number } | { ok: false; error: string }> {
  const started = Date.now();
  try {
    await withDatabase(env, (db) => db.execute(sql`select 1`));
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
