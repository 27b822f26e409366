/**
 * Starts `wrangler dev` as a user would on a free loopback port, with its state in a
 * directory the caller chooses — so a test can stop it and start it again on the same
 * state, as restarting `npm run dev` does. Used by the browser tests and the benchmarks.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.mjs";

export { freePort }; // the tests' and the bench's old import path

/**
 * @param {{ port?: number, stateDir?: string, config?: string, withDatabase?: boolean, databaseUrl?: string, vars?: Record<string, string>, cwd?: string }} opts
 * `withDatabase`: start it as `npm run dev` does (scripts/dev.mjs: embedded Postgres, proxy),
 * with the database kept in the state directory — or `databaseUrl`'s database, as
 * `DATABASE_URL=… npm run dev` does. `vars`: more Worker vars (`--var K:V`).
 */
export async function startDevServer(opts = {}) {
  const port = opts.port ?? (await freePort());
  const stateDir = opts.stateDir ?? mkdtempSync(join(tmpdir(), "edgelit-dev-"));
  // its own devtools port too: wrangler's default (9229, then 9230) collides when several run at once
  const inspector = await freePort();
  const args = ["--port", String(port), "--inspector-port", String(inspector), "--persist-to", stateDir, "--show-interactive-dev-session=false"];
  if (!opts.withDatabase) args.push("--var", "ACCESS_MODE:dev"); // dev.mjs sets it itself
  if (opts.config) args.push("--config", opts.config);
  for (const [k, v] of Object.entries(opts.vars ?? {})) args.push("--var", `${k}:${v}`);
  const [command, argv] = opts.withDatabase
    ? ["node", ["scripts/dev.mjs", ...args]]
    : ["node_modules/.bin/wrangler", ["dev", "--ip", "127.0.0.1", ...args]];
  const child = spawn(command, argv, {
    detached: true, // its own process group, so stopping it stops workerd too
    cwd: opts.cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: "false",
      EDGELIT_PGLITE_DIR: join(stateDir, "pglite"),
      ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    },
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${url}/_stcore/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await kill(child);
      throw new Error(`wrangler dev did not become healthy in 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, stateDir, pid: child.pid, stop: () => kill(child), log: () => log };
}

/** Killing only wrangler's PID would orphan workerd: signal the whole process group. */
async function kill(child) {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}
