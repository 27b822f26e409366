/**
 * The edit loop's compile check (`npm run dev`). wrangler reports a page that fails to
 * compile only in its terminal and keeps serving the last good Worker, so an open tab would
 * never know. This watches the folders wrangler watches, bundles the Worker's entry and the
 * client's with esbuild after each save (nothing written; packages left external, so a check
 * takes milliseconds), and serves the outcome on a loopback port. The Worker relays it to
 * the tab (`/_stcore/dev/build`), which shows the error in the page until the next good save.
 *
 *   GET /?after=N  →  {"version": M, "error": "app/pages/x.ts:3:9: ERROR: …" | null}
 * answered at once when the outcome changed after version N, else held up to 25 s (a long
 * poll: the tab hears of a save as soon as it is checked, and asks again).
 */
import { existsSync, readFileSync, statSync, watch } from "node:fs";
import { createServer } from "node:http";
import { basename, dirname, resolve } from "node:path";
import * as esbuild from "esbuild";

const HOLD_MS = 25_000;
const SETTLE_MS = 80; // an editor's save is often several writes

/** The Worker entry named by a wrangler config (`main = "…"`), resolved from the config's folder. */
export function workerEntry(configPath) {
  const main = /^\s*main\s*=\s*"([^"]+)"/m.exec(readFileSync(configPath, "utf8"))?.[1];
  if (!main) throw new Error(`${configPath} names no main entry`);
  return resolve(dirname(configPath), main);
}

/** Compile errors of these entries, formatted as esbuild prints them (null when they compile). */
export async function checkBuild(entries, cwd) {
  try {
    await esbuild.build({
      entryPoints: entries,
      absWorkingDir: cwd,
      bundle: true,
      write: false,
      outdir: "out", // required with several entries; nothing is written
      format: "esm",
      platform: "neutral",
      packages: "external",
      external: ["cloudflare:*", "node:*"],
      // wrangler's default Text rules, and the .csv rule of the demo's wrangler.toml: imported as text
      loader: { ".txt": "text", ".html": "text", ".sql": "text", ".csv": "text" },
      logLevel: "silent",
    });
    return null;
  } catch (err) {
    if (!err?.errors) return String(err?.message ?? err);
    const lines = await esbuild.formatMessages(err.errors, { kind: "error", color: false });
    return lines.join("\n").trim();
  }
}

/** The paths a wrangler config's `build.watch_dir` names (null when it names none). */
export function watchDirs(configPath) {
  const value = /^\s*watch_dir\s*=\s*(\[[^\]]*\]|"[^"]*")/m.exec(readFileSync(configPath, "utf8"))?.[1];
  if (!value) return null;
  const parsed = JSON.parse(value.replace(/,\s*\]$/, "]")); // TOML's basic strings read as JSON's
  return Array.isArray(parsed) ? parsed : [parsed];
}

/**
 * A folder is watched with everything under it; a file through its folder (not the file
 * itself: an editor that saves by renaming a new file over the old would end a file watch).
 */
function watchPath(path, changed) {
  if (statSync(path).isDirectory()) return watch(path, { recursive: true }, changed);
  const name = basename(path);
  return watch(dirname(path), (_event, file) => file === name && changed());
}

/**
 * @param {{ cwd: string, config: string, paths: string[], client?: string }} opts
 * `paths`: the folders and files (relative to `cwd`, or absolute) whose saves are checked.
 * @returns {Promise<{ url: string, stop(): Promise<void>, current(): { version: number, error: string | null } }>}
 */
export async function startBuildStatus({ cwd, config, paths, client = "client/main.ts" }) {
  const entries = [workerEntry(resolve(cwd, config)), resolve(cwd, client)].filter((f) => existsSync(f));
  let state = { version: 1, error: await checkBuild(entries, cwd) };
  const waiting = new Set();
  const publish = (error) => {
    if (error === state.error) return;
    state = { version: state.version + 1, error };
    if (error) console.error(`edgelit: the app does not compile; the open tabs show why:\n${error}`);
    for (const answer of waiting) answer();
  };

  let timer;
  let checking = Promise.resolve();
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => (checking = checking.then(async () => publish(await checkBuild(entries, cwd)))), SETTLE_MS);
  };
  const watchers = paths.map((p) => resolve(cwd, p)).filter((p) => existsSync(p)).map((p) => watchPath(p, changed));

  const server = createServer((req, res) => {
    const after = Number(new URL(req.url ?? "/", "http://x").searchParams.get("after") ?? 0);
    const answer = () => {
      waiting.delete(answer);
      clearTimeout(hold);
      res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
      res.end(JSON.stringify(state));
    };
    const hold = setTimeout(answer, HOLD_MS);
    if (!(state.version > after)) {
      waiting.add(answer);
      req.on("close", () => waiting.delete(answer) && clearTimeout(hold));
    } else answer();
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    current: () => state,
    async stop() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      for (const answer of [...waiting]) answer();
      await new Promise((ok) => server.close(ok));
    },
  };
}
