/** The Worker's bindings and vars (wrangler.toml). */
import type { AuditBacklog } from "../durable/audit/backlog";
import type { AccessEnv } from "./access/config";

export interface Env extends AccessEnv {
  /** one Durable Object per browser session */
  SESSIONS: DurableObjectNamespace;
  /** cacheData's shared store */
  CACHE?: KVNamespace;
  /** Postgres for the audit trail (Neon in production: `wrangler secret put DATABASE_URL`) */
  DATABASE_URL?: string;
  /** "host:port" of a local stand-in for Neon's WebSocket proxy (`npm run dev`, tests) */
  AUDIT_WS_PROXY?: string;
  /** first retry delay after a failed audit delivery, doubling up to AUDIT_RETRY_MAX_MS (default 1000) */
  AUDIT_RETRY_BASE_MS?: string;
  /** the longest wait between delivery attempts (default 300000: 5 min) */
  AUDIT_RETRY_MAX_MS?: string;
  /** how long one database call may take before it counts as failed (default 5000) */
  AUDIT_DB_DEADLINE_MS?: string;
  /** the app-wide view of undelivered audit events (health detail) */
  AUDIT_BACKLOG?: DurableObjectNamespace<AuditBacklog>;
  /** the compile check's loopback URL, set by `npm run dev` (routes/dev-build.ts) */
  EDGELIT_DEV_BUILD?: string;
  /** seconds without a run before a session expires and deletes its storage (default 86400) */
  SESSION_IDLE_TTL_SECONDS?: string;
}
