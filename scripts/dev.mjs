/**
 * `npm run dev`: everything a fresh clone needs, nothing installed by hand — an embedded
 * Postgres (PGlite, data in .wrangler/pglite, kept across restarts like wrangler's own
 * state) with the audit migrations applied, a local stand-in for Neon's WebSocket proxy,
 * then `wrangler dev` on http://127.0.0.1:8787. Ctrl-C stops all of it.
 *
 * Beside wrangler, a compile check of the app (build-status.mjs): a save that does not compile
 * is shown in the open tabs, not only in this terminal.
 *
 * With DATABASE_URL set, that database is used instead (migrate it with `npm run db:migrate`);
 * the proxy still starts when it is on this machine, since the Worker reaches Postgres only
 * through a WebSocket proxy.
 */
import { spawn } from "node:child_process";
import { startBuildStatus } from "./build-status.mjs";
import { startPglite } from "./pg/pglite.mjs";
import { migrate } from "./pg/migrate.mjs";
import { startWsProxy } from "./pg/ws-proxy.mjs";

const extra = process.argv.slice(2);
/** the folders wrangler.toml's build.watch_dir names: a save in any of them is checked */
const SOURCE_FOLDERS = ["app", "exports", "platform", "durable", "worker", "client", "protocol", "drizzle"];
const started = [];
const stopAll = async () => {
  for (const s of started.splice(0).reverse()) await s.stop().catch(() => {});
};

async function database() {
  const given = process.env.DATABASE_URL;
  if (given) {
    const local = ["127.0.0.1", "localhost", "[::1]"].includes(new URL(given).hostname);
    console.log(`audit database: DATABASE_URL (${new URL(given).host})`);
    return { url: given, local };
  }
  const dataDir = process.env.EDGELIT_PGLITE_DIR ?? ".wrangler/pglite";
  const pglite = await startPglite({ dataDir });
  started.push(pglite);
  await migrate(pglite.url);
  console.log(`audit database: embedded Postgres (PGlite) on 127.0.0.1:${pglite.port}, data in ${dataDir}, migrations applied`);
  return { url: pglite.url, local: true };
}

async function main() {
  const db = await database();
  // Local development runs without Cloudflare Access, as a simulated user (and says so on screen).
  const vars = ["--var", `DATABASE_URL:${db.url}`, "--var", `ACCESS_MODE:${process.env.ACCESS_MODE ?? "dev"}`];
  // Simulate another user: ACCESS_DEV_EMAIL=alice@example.com npm run dev
  if (process.env.ACCESS_DEV_EMAIL) vars.push("--var", `ACCESS_DEV_EMAIL:${process.env.ACCESS_DEV_EMAIL}`);
  if (db.local) {
    const proxy = await startWsProxy();
    started.push(proxy);
    vars.push("--var", `AUDIT_WS_PROXY:${proxy.address}`);
    console.log(`Neon WebSocket proxy stand-in on ${proxy.address}`);
  }
  const at = extra.findIndex((a) => a === "--config" || a === "-c");
  const config = at >= 0 ? extra[at + 1] : "wrangler.toml";
  const build = await startBuildStatus({ cwd: process.cwd(), config, folders: SOURCE_FOLDERS });
  started.push(build);
  vars.push("--var", `EDGELIT_DEV_BUILD:${build.url}`);
  const hasPort = extra.some((a) => a === "--port" || a.startsWith("--port="));
  const args = ["dev", "--ip", "127.0.0.1", ...(hasPort ? [] : ["--port", "8787"]), ...vars, ...extra];
  // Its own process group, so stopping it stops workerd too (killing wrangler's PID alone orphans it).
  const wrangler = spawn("node_modules/.bin/wrangler", args, { stdio: "inherit", detached: true });
  const stop = (signal) => {
    try {
      process.kill(-wrangler.pid, signal);
    } catch {
      // already gone
    }
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  wrangler.on("exit", async (code, signal) => {
    stop("SIGTERM"); // workerd, if wrangler left it behind
    await stopAll();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

main().catch(async (error) => {
  console.error(`npm run dev could not start: ${error.message}`);
  await stopAll();
  process.exit(1);
});
