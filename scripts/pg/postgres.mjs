/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temp directory and serve it on a
 * loopback port (trust auth, fsync off). As root the server runs as the `postgres` user, as
 * PostgreSQL refuses root. `stop()`/`start()` keep the cluster (a real outage and recovery);
 * `destroy()` removes it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findPostgresBin } from "../ensure-postgres.mjs";
import { freePort } from "../dev-server.mjs";

function runner(bin) {
  const asRoot = process.getuid?.() === 0;
  return (tool, args, opts = {}) => {
    const cmd = asRoot ? "runuser" : join(bin, tool);
    const argv = asRoot ? ["-u", "postgres", "--", join(bin, tool), ...args] : args;
    const r = spawnSync(cmd, argv, { encoding: "utf8", ...opts });
    if (r.status !== 0) throw new Error(`${tool} ${args.join(" ")} failed (${r.status}): ${r.stderr || r.stdout}`);
    return r.stdout;
  };
}

/** @param {{ port?: number }} [opts] */
export async function startPostgres({ port } = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL server binaries not found: install them with `apt-get install -y postgresql` (or set PG_BIN).");
  const pgPort = port || (await freePort());
  const dir = mkdtempSync(join(tmpdir(), "edgelit-pg-"));
  chmodSync(dir, 0o777);
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", dir]);
  const data = join(dir, "data");
  const run = runner(bin);
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const options = `-c listen_addresses=127.0.0.1 -c port=${pgPort} -c unix_socket_directories=${dir} -c fsync=off -c full_page_writes=off`;
  const running = () => {
    try {
      run("pg_ctl", ["status", "-D", data]);
      return true;
    } catch {
      return false;
    }
  };
  // Both idempotent: a test's cleanup may start a server that is already up.
  const start = async () => void (running() || run("pg_ctl", ["start", "-D", data, "-w", "-l", join(dir, "log"), "-o", options]));
  /** @param {"smart" | "fast" | "immediate"} [mode] how pg_ctl stops it (fast: backends are told; immediate: they just die) */
  const stop = async (mode = "fast") => void (running() && run("pg_ctl", ["stop", "-D", data, "-m", mode, "-w"]));
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${pgPort}/postgres`,
    port: pgPort,
    dataDir: data,
    start,
    stop,
    async destroy() {
      try {
        await stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
