// The package as a person gets it: `edgelit init` (init.test.ts), and a new app from
// `npm pack` installed, tested and served in Chromium (packed-app.test.ts: one npm install).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
