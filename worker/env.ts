/** The Worker's bindings and vars (wrangler.toml). */
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
  /** first retry delay after a failed audit delivery, doubling up to 5 min (default 1000) */
  AUDIT_RETRY_BASE_MS?: string;
  /** seconds without a run before a session expires and deletes its storage (default 86400) */
  SESSION_IDLE_TTL_SECONDS?: string;
}
