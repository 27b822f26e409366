import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // edgelit ships TypeScript sources: vitest transforms them instead of handing them to Node.
    server: { deps: { inline: ["edgelit"] } },
  },
});
