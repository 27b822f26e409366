/**
 * `npm run dev` here and `edgelit dev` in an app made by `edgelit init`: everything a fresh
 * checkout needs, nothing installed by hand — an embedded Postgres (PGlite, data in
 * .wrangler/pglite, kept across restarts like wrangler's own state) with edgelit's audit
 * migrations applied, a local stand-in for Neon's WebSocket proxy, then `wrangler dev` on
 * http://127.0.0.1:8787. Ctrl-C stops all of it.
 *
 * It runs in the project's folder (the current directory): wrangler.toml, the app's sources,
 * its node_modules/.bin/wrangler and its .wrangler state are the project's; the migrations
 * and this tooling are edgelit's own, found beside this file — in this repository or in an
 * app's node_modules/edgelit alike.
 *
 * Beside wrangler, a compile check of the app (build-status.mjs): a save that does not compile
 * is shown in the open tabs, not only in this terminal.
 *
 * With DATABASE_URL set, that database is used instead (migrate it with `npm run db:migrate`);
 * the proxy still starts when it is on this machine, since the Worker reaches Postgres only
 * through a WebSocket proxy.
 */
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { startBuildStatus, watchDirs, workerEntry } from "./build-status.mjs";
import { startPglite } from "./pg/pglite.mjs";
import { migrate } from "./pg/migrate.mjs";
import { startWsProxy } from "./pg/ws-proxy.mjs";

/**
 * What the compile check watches: the folders wrangler.toml's build.watch_dir names (this
 * repository lists every source folder), else an app's `app/` and its Worker entry — the
 * files wrangler itself rebuilds from.
 */
function checkedPaths(cwd, config) {
  const configPath = resolve(cwd, config);
  return watchDirs(configPath) ?? ["app", workerEntry(configPath)];
}

/**
 * @param {string[]} extra wrangler dev's own arguments (`--port 9000`, `--config x.toml`, …)
 * @param {{ cwd?: string }} [opts] the project's folder
 */
export async function dev(extra, { cwd = process.cwd() } = {}) {
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
    const dataDir = resolve(cwd, process.env.EDGELIT_PGLITE_DIR ?? ".wrangler/pglite");
    const pglite = await startPglite({ dataDir });
    started.push(pglite);
    await migrate(pglite.url);
    console.log(`audit database: embedded Postgres (PGlite) on 127.0.0.1:${pglite.port}, data in ${dataDir}, migrations applied`);
    return { url: pglite.url, local: true };
  }

  try {
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
    const build = await startBuildStatus({ cwd, config, paths: checkedPaths(cwd, config) });
    started.push(build);
    vars.push("--var", `EDGELIT_DEV_BUILD:${build.url}`);
    const hasPort = extra.some((a) => a === "--port" || a.startsWith("--port="));
    const args = ["dev", "--ip", "127.0.0.1", ...(hasPort ? [] : ["--port", "8787"]), ...vars, ...extra];
    // Its own process group, so stopping it stops workerd too (killing wrangler's PID alone orphans it).
    const wrangler = spawn(join(cwd, "node_modules/.bin/wrangler"), args, { cwd, stdio: "inherit", detached: true });
    const stop = (signal) => {
      try {
        process.kill(-wrangler.pid, signal);
      } catch {
        // already gone
      }
    };
    process.on("SIGINT", () => stop("SIGINT"));
    process.on("SIGTERM", () => stop("SIGTERM"));
    wrangler.on("error", async (error) => {
      console.error(`wrangler did not start: ${error.message} (is it installed? npm install)`);
      await stopAll();
      process.exit(1);
    });
    wrangler.on("exit", async (code, signal) => {
      stop("SIGTERM"); // workerd, if wrangler left it behind
      await stopAll();
      process.exit(code ?? (signal ? 0 : 1));
    });
  } catch (error) {
    console.error(`the dev server could not start: ${error.message}`);
    await stopAll();
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await dev(process.argv.slice(2));
