// AppTest suites: pages run headlessly in plain Node (edgelit/testing), in milliseconds.
import { defineConfig } from "vitest/config";
import { csvAsText } from "./scripts/csv-as-text.mjs";

export default defineConfig({
  plugins: [csvAsText()],
  test: { include: ["test/app/**/*.test.ts"], environment: "node" },
});
