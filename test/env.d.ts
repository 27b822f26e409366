// Bindings as the test runtime sees them (cloudflare:workers' `env`) and the main module's type.
declare namespace Cloudflare {
  interface Env {
    SESSIONS: DurableObjectNamespace<import("./workerd/worker").TestSession>;
    SESSION_IDLE_TTL_SECONDS?: string;
    CACHE: KVNamespace;
    DATABASE_URL?: string;
    AUDIT_WS_PROXY?: string;
  }
  interface GlobalProps {
    mainModule: typeof import("./workerd/worker");
    durableNamespaces: "SessionObject" | "AuditBacklog";
  }
}
