// Tests that run inside workerd (the real Workers runtime) through vitest-pool-workers.
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { csvAsText } from "./scripts/csv-as-text.mjs";

export default defineConfig({
  plugins: [csvAsText(), cloudflareTest({ main: "./test/workerd/worker.ts", wrangler: { configPath: "./test/wrangler.toml" } })],
  test: { include: ["test/workerd/**/*.test.ts"] },
});
