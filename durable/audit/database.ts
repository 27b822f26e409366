/**
 * Writing audit rows to Postgres with Drizzle over Neon's serverless driver.
 *
 * WebSocket, not HTTP, deliberately: a batch is one multi-row INSERT … ON CONFLICT DO
 * NOTHING, which either mode could send, but the WebSocket protocol is plain Postgres wire
 * protocol — so the very same code reaches Neon in production and a local Postgres (PGlite
 * in `npm run dev`, PostgreSQL 15 in the tests) through a small local stand-in for Neon's
 * proxy, where HTTP mode would need an HTTP-to-SQL shim.
 *
 * Every call gets a fresh connection, a deadline, and a guaranteed close:
 * - fresh, because a connection Postgres dropped must never be reused (and an open outbound
 *   socket would keep the session object from hibernating);
 * - a deadline, because when the path dies without closing, the driver's promise never
 *   settles — and an alarm awaiting it would hold the session's delivery forever;
 * - closed whatever happened: politely (Terminate) if the server still answers, and then
 *   every socket the call opened is closed by force.
 */
import { Client } from "@neondatabase/serverless";
import { drizzle, type NeonDatabase } from "drizzle-orm/neon-serverless";
import { desc, eq, sql } from "drizzle-orm";
import { dashboardActivity } from "../../drizzle/schema";
import { sleep, withDeadline } from "./deadline";
import type { AuditEvent } from "./event";
import { type SocketScope, socketsIn } from "./socket";

type Database = NeonDatabase<Record<string, unknown>>;

export interface DatabaseEnv {
  /** a Postgres connection string (Neon in production: `wrangler secret put DATABASE_URL`) */
  DATABASE_URL?: string;
  /** "host:port" of a local stand-in for Neon's WebSocket proxy (set by `npm run dev` and the tests) */
  AUDIT_WS_PROXY?: string;
  /** how long one database call (connect + query) may take before it counts as failed (default 5000) */
  AUDIT_DB_DEADLINE_MS?: string;
}

export const DEFAULT_DEADLINE_MS = 5000;
/** how long a goodbye (Terminate) may take before the socket is simply closed */
const GOODBYE_MS = 250;

export function deadlineOf(env: DatabaseEnv): number {
  return Number(env.AUDIT_DB_DEADLINE_MS) || DEFAULT_DEADLINE_MS;
}

/** A client configured for this call only — never the driver's global settings. */
function clientFor(env: DatabaseEnv, url: string, scope: SocketScope): Client {
  const client = new Client({ connectionString: url });
  const config = client.neonConfig;
  config.webSocketConstructor = socketsIn(scope) as unknown as typeof WebSocket;
  if (env.AUDIT_WS_PROXY) {
    // local: a stand-in for Neon's proxy on loopback; in production the defaults reach Neon
    const proxy = env.AUDIT_WS_PROXY;
    config.wsProxy = (host, port) => `${proxy}/v1?address=${host}:${port}`;
    config.useSecureWebSocket = false;
    config.pipelineTLS = false;
    config.pipelineConnect = false; // pipelining only works with cleartext password auth
  }
  return client;
}

/** Runs `work` with a Drizzle database on a fresh connection, within the deadline; always closes it. */
async function withDatabase<T>(env: DatabaseEnv, what: string, work: (db: Database) => Promise<T>): Promise<T> {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const scope: SocketScope = new Set();
  const client = clientFor(env, env.DATABASE_URL, scope);
  // The driver reports a lost connection as an 'error' event (workerd raises one even after
  // a clean server-side close); the call's own promise carries the failure, so this only
  // keeps the event from becoming an uncaught error.
  client.on("error", () => {});
  try {
    return await withDeadline(
      (async () => {
        await client.connect();
        return work(drizzle(client));
      })(),
      deadlineOf(env),
      what,
    );
  } catch (error) {
    throw new Error(describe(error), { cause: error });
  } finally {
    await Promise.race([client.end().catch(() => {}), sleep(GOODBYE_MS)]);
    for (const socket of [...scope]) socket.close();
  }
}

/**
 * The driver's message, without the SQL text Drizzle wraps it in ("Failed query: insert
 * into … params: …" would put every event's values into the log).
 */
export function describe(error: unknown): string {
  let e = error as { message?: string; cause?: unknown } | undefined;
  while (e && typeof e === "object" && e.cause && /^Failed query/.test(e.message ?? "")) e = e.cause as typeof e;
  const message = (e && typeof e === "object" ? e.message : String(e)) || "unknown error";
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}

/** Inserts events; ones already there (same event id) are skipped. Returns rows inserted. */
export async function insertEvents(env: DatabaseEnv, events: readonly AuditEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  return withDatabase(env, "inserting audit events", async (db) => {
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
  return withDatabase(env, "reading recent activity", (db) =>
    db
      .select({
        eventId: dashboardActivity.eventId,
        action: dashboardActivity.actionPerformed,
        context: dashboardActivity.widgetContext,
        at: dashboardActivity.interactionTs,
      })
      .from(dashboardActivity)
      .where(eq(dashboardActivity.sessionId, sessionId))
      .orderBy(desc(dashboardActivity.interactionTs))
      .limit(limit),
  );
}

/** For the health detail: can we reach the database, and how fast. */
export async function pingDatabase(env: DatabaseEnv): Promise<{ ok: true; ms: number } | { ok: false; error: string }> {
  const started = Date.now();
  try {
    await withDatabase(env, "the database", (db) => db.execute(sql`select 1`));
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
