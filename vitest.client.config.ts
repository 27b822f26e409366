// The browser client's pure parts in plain Node: the store's merge, the socket's reconnects,
// widget drafts and forms, the chart's scales and formats. Browser globals a module touches
// (location, WebSocket) are stubbed by each test; what needs a real page stays in test/e2e/.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { include: ["test/client/**/*.test.ts"], environment: "node" },
});
