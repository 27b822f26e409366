// `npm test`: type-check, the AppTest suites, the client's unit tests, the workerd tests, the audit tests against a real PostgreSQL,
// then the browser tests against `wrangler dev`, then a new app made from `npm pack` (one npm install).
// Stops at the first failing step with its exit code.
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./ensure-chromium.mjs";
import { ensurePostgres } from "./ensure-postgres.mjs";

function step(title, cmd, args, env = {}) {
  console.log(`\n── ${title} ──`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

const bin = (name) => `node_modules/.bin/${name}`;
// The Env types are generated from the wrangler configs (`npm run cf-typegen`): they must be current.
const typegen = ["types", "--include-runtime=false", "--strict-vars=false", "--check"];
step("generated Env types are current", bin("wrangler"), typegen);
step("generated test Env types are current", bin("wrangler"), [...typegen.slice(0, -1), "-c", "test/wrangler.toml", "test/worker-configuration.d.ts", "--check"]);
step("lint (Biome)", bin("biome"), ["lint", "."]);
step("type-check", bin("tsc"), ["--noEmit"]);
step("type-check tests", bin("tsc"), ["--noEmit", "-p", "test/tsconfig.workerd.json"]);
step("type-check client", bin("tsc"), ["--noEmit", "-p", "client"]);
step("type-check client tests", bin("tsc"), ["--noEmit", "-p", "test/client"]);
step("type-check browser tests", bin("tsc"), ["--noEmit", "-p", "test/tsconfig.node.json"]);
step("build client", "node", ["scripts/build-client.mjs"]);
step("AppTest suites (plain Node)", bin("vitest"), ["run", "-c", "vitest.app.config.ts"]);
step("client unit tests (plain Node)", bin("vitest"), ["run", "-c", "vitest.client.config.ts"]);
step("workerd tests", bin("vitest"), ["run"]);
const pgBin = ensurePostgres();
step("audit tests (PostgreSQL)", bin("vitest"), ["run", "-c", "vitest.audit.config.ts"], { PG_BIN: pgBin });
const chromium = ensureChromium();
step("browser tests", bin("vitest"), ["run", "-c", "vitest.e2e.config.ts"], { CHROMIUM_PATH: chromium });
step("a new app from the packed package (edgelit init)", bin("vitest"), ["run", "-c", "vitest.package.config.ts"], { CHROMIUM_PATH: chromium });
console.log("\n✓ all tests passed");
