// Tests that run inside workerd (the real Workers runtime) through vitest-pool-workers.
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { csvAsText } from "./scripts/csv-as-text.mjs";

export default defineConfig({
  plugins: [csvAsText(), cloudflareTest({ main: "./test/workerd/worker.ts", wrangler: { configPath: "./test/wrangler.toml" } })],
  // The first request of a file loads the whole test Worker through vite (every page, chart,
  // chat and fragment module): on 2 busy cores that alone can pass vitest's 5 s default.
  test: { include: ["test/workerd/**/*.test.ts"], testTimeout: 20_000 },
});
