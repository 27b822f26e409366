// Audit tests: the session object inside workerd, delivering to a real PostgreSQL 15
// through the local stand-in for Neon's WebSocket proxy (test/audit/global-setup.mjs).
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { csvAsText } from "./scripts/csv-as-text.mjs";
import { freePort } from "./scripts/dev-server.mjs";

const ports = { postgres: await freePort(), proxy: await freePort(), control: await freePort() };
process.env.EDGELIT_AUDIT_TEST_PORTS = JSON.stringify(ports);

export default defineConfig({
  plugins: [
    csvAsText(),
    cloudflareTest({
      main: "./test/workerd/worker.ts",
      wrangler: { configPath: "./test/wrangler.toml" },
      miniflare: {
        bindings: {
          DATABASE_URL: `postgres://postgres@127.0.0.1:${ports.postgres}/postgres`,
          AUDIT_WS_PROXY: `127.0.0.1:${ports.proxy}`,
          AUDIT_TEST_CONTROL: `http://127.0.0.1:${ports.control}`,
          // retry a failed delivery after 100 ms (not 1 s), never waiting more than 2 s (not
          // 5 min), and give each database call 2 s (not 5): the outage tests wait for all three
          AUDIT_RETRY_BASE_MS: "100",
          AUDIT_RETRY_MAX_MS: "2000",
          AUDIT_DB_DEADLINE_MS: "2000",
        },
      },
    }),
  ],
  test: {
    include: ["test/audit/**/*.test.ts"],
    globalSetup: ["./test/audit/global-setup.mjs"],
    testTimeout: 60_000,
  },
});
