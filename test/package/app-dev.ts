/**
 * A new app's `npm run dev`, started as a person starts it and stopped as Ctrl-C stops it:
 * npm, `edgelit dev` and everything it started (PGlite, the proxy, the compile check) share
 * one process group; wrangler and workerd have their own (edgelit dev stops it when told to).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cleanEnv } from "./commands";

export interface AppDev {
  url: string;
  /** ms from the spawn to a healthy answer */
  startMs: number;
  log(): string;
  stop(): Promise<void>;
}

/** `inspectorPort`: wrangler's devtools port, free (its default collides with other dev servers) */
export async function startAppDev(cwd: string, port: number, inspectorPort: number): Promise<AppDev> {
  const started = Date.now();
  const child = spawn("npm", ["run", "dev", "--", "--port", String(port), "--inspector-port", String(inspectorPort)], {
    cwd,
    env: cleanEnv(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited (${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${url}/_stcore/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 90_000) {
      await stop();
      throw new Error(`npm run dev was not healthy in 90 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, startMs: Date.now() - started, log: () => log, stop };
}

/**
 * SIGTERM to the group; done when the group is empty — edgelit dev leaves last, after
 * wrangler's group has exited — and SIGKILL for whatever lingers past 15 s.
 */
async function stopGroup(child: ChildProcess): Promise<void> {
  const group = child.pid;
  if (!group) return;
  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(-group, name);
      return true;
    } catch {
      return false; // no process left in the group
    }
  };
  signal("SIGTERM");
  const deadline = Date.now() + 15_000;
  while (signal(0)) {
    if (Date.now() > deadline) {
      signal("SIGKILL");
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
