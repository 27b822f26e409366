// Bindings the audit tests' vitest config gives (vitest.audit.config.ts), beside the ones
// `npm run cf-typegen` generates from test/wrangler.toml (test/worker-configuration.d.ts).
declare namespace Cloudflare {
  interface Env {
    DATABASE_URL?: string;
    AUDIT_WS_PROXY?: string;
    AUDIT_TEST_CONTROL?: string;
  }
}
