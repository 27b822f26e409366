// AppTest suites: pages run headlessly in plain Node (edgelit/testing), in milliseconds.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { include: ["test/app/**/*.test.ts"], environment: "node" },
});
