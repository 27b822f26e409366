/** The server's own figures from /proc (Linux): which process is workerd, its CPU time and RSS. */
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second for /proc/<pid>/stat's utime and stime: 100 on Linux. */
const TICKS = 100;

function stat(pid) {
  const text = readFileSync(`/proc/${pid}/stat`, "utf8");
  // comm may hold spaces: the fields after it start past the last ")"
  const comm = text.slice(text.indexOf("(") + 1, text.lastIndexOf(")"));
  const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { comm, ppid: Number(rest[1]), utime: Number(rest[11]), stime: Number(rest[12]) };
}

/** The workerd processes under `rootPid` (wrangler runs the app's and, on some versions, its proxy's). */
export function workerdPids(rootPid) {
  const parents = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const s = stat(name);
      parents.set(Number(name), s);
    } catch {
      // exited meanwhile
    }
  }
  const under = (pid) => {
    for (let p = pid; p > 1; p = parents.get(p)?.ppid ?? 0) if (p === rootPid) return true;
    return false;
  };
  return [...parents].filter(([pid, s]) => s.comm === "workerd" && under(pid)).map(([pid]) => pid);
}

/** CPU time (user + system) in ms. */
export const cpuMs = (pid) => {
  const s = stat(pid);
  return ((s.utime + s.stime) * 1000) / TICKS;
};

/** Resident set size in bytes. */
export const rssBytes = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN) * 1024;

/** Open file descriptors and their soft limit. */
export function fds(pid) {
  const open = readdirSync(`/proc/${pid}/fd`).length;
  const limit = /Max open files\s+(\d+|unlimited)/.exec(readFileSync(`/proc/${pid}/limits`, "utf8"))?.[1];
  return { open, limit };
}
