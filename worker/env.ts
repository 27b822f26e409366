/** The Worker's bindings and vars (wrangler.toml). */
export interface Env {
  /** one Durable Object per browser session */
  SESSIONS: DurableObjectNamespace;
  /** cacheData's shared store */
  CACHE?: KVNamespace;
  /** seconds without a run before a session expires and deletes its storage (default 86400) */
  SESSION_IDLE_TTL_SECONDS?: string;
}
