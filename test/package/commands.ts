/**
 * Commands as a person runs them in a new app's folder: npm's own environment from the
 * outer `npm test` (npm_* settings, this repository's node_modules/.bin on PATH) and
 * vitest's (its forced colours too) are left out, so the app's npm and vitest see only the app.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { stripVTControlCharacters } from "node:util";

const REPO_BIN = resolve(import.meta.dirname, "../../node_modules/.bin");

export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|VITEST|FORCE_COLOR$|NODE_ENV$|TEST$)/i.test(key)) continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? "").split(":").filter((dir) => resolve(dir) !== REPO_BIN).join(":");
  env.WRANGLER_SEND_METRICS = "false";
  return env;
}

export interface Ran {
  output: string;
  ms: number;
}

/** Runs a command to its end; fails with everything it printed when it exits non-zero. */
export function run(command: string, args: string[], cwd: string): Promise<Ran> {
  const started = Date.now();
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd, env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", fail);
    child.on("exit", (code, signal) => {
      output = stripVTControlCharacters(output); // colours, whatever the tools decided
      if (code === 0) ok({ output, ms: Date.now() - started });
      else fail(new Error(`${command} ${args.join(" ")} (in ${cwd}) exited ${code ?? signal}:\n${output}`));
    });
  });
}
