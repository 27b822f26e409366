/**
 * The app's own workerd, past wrangler's proxy. `wrangler dev` runs two workerd processes:
 * its proxy (listening on the port you asked for) and the app's (listening on ports it was
 * given as `127.0.0.1:0`, so chosen by the kernel). The app's ports are found from /proc:
 * the process's socket inodes, matched against the listening sockets in /proc/net/tcp.
 *  - entry: the app's HTTP socket — the same routes as the proxy, without the proxy's hop
 *    and its descriptors per connection;
 *  - inspector: the V8 inspector (Chrome DevTools Protocol) — heap figures and the CPU profiler.
 * Linux only, like bench/proc-stats.mjs.
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import WebSocket from "ws";

/** Ports `pid` listens on over IPv4 (/proc/net/tcp state 0A = LISTEN). */
export function listeningPorts(pid) {
  const inodes = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]);
    } catch {
      // closed meanwhile
    }
  }
  const ports = [];
  for (const line of readFileSync("/proc/net/tcp", "utf8").split("\n").slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10 || f[3] !== "0A" || !inodes.has(f[9])) continue;
    ports.push(Number.parseInt(f[1].split(":")[1], 16));
  }
  return ports;
}

const get = (url) =>
  fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    async (r) => ({ status: r.status, text: await r.text() }),
    () => null,
  );

/**
 * The app's workerd among `pids`: `{ pid, entry, inspector }` — entry answers the health
 * route, inspector's /json lists the app's isolate. Null when none is found (another
 * wrangler version, another OS).
 * The third port (workerd's capnp debug port) is never probed: an HTTP request to it logs
 * "RPC connection broken".
 */
export async function appWorkerd(pids, proxyPort) {
  for (const pid of pids) {
    const ports = listeningPorts(pid).filter((p) => p !== proxyPort);
    let entry = null;
    let inspector = null;
    for (const port of ports) {
      const list = await get(`http://127.0.0.1:${port}/json`);
      if (list?.status === 200 && list.text.includes("webSocketDebuggerUrl")) {
        const targets = JSON.parse(list.text);
        const target = targets.find((t) => t.title?.startsWith("core:user:")) ?? targets[0];
        inspector = target.webSocketDebuggerUrl.replace("localhost", "127.0.0.1");
        continue;
      }
      // health is checked only on ports that did not answer /json as an inspector
      if (!entry && (await get(`http://127.0.0.1:${port}/_stcore/health`))?.status === 200) entry = `http://127.0.0.1:${port}`;
      if (entry && inspector) break;
    }
    if (entry && inspector) return { pid, entry, inspector };
  }
  return null;
}

/**
 * A CDP session: `send(method, params)` resolves with the result; `close()`.
 * workerd closes the first connection to an isolate's inspector at once (found 2026-12-03:
 * "inspector closed" before any answer; the next connection stays): a connection that does
 * not survive its first 300 ms is replaced, up to 5 times.
 */
export async function inspect(url) {
  for (let attempt = 1; ; attempt++) {
    const session = await connectInspector(url);
    await new Promise((r) => setTimeout(r, 300));
    if (session.open()) return session;
    if (attempt === 5) throw new Error(`the inspector at ${url} closed each of 5 connections`);
  }
}

function connectInspector(url) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    const waiting = new Map();
    let next = 1;
    ws.on("message", (data) => {
      const msg = JSON.parse(data.toString());
      const w = waiting.get(msg.id);
      if (!w) return;
      waiting.delete(msg.id);
      if (msg.error) w.reject(new Error(`${w.method}: ${msg.error.message}`));
      else w.resolve(msg.result);
    });
    ws.on("close", () => {
      for (const w of waiting.values()) w.reject(new Error(`${w.method}: inspector closed`));
      waiting.clear();
    });
    ws.once("error", reject);
    ws.once("open", () =>
      resolve({
        send: (method, params = {}, timeoutMs = 60_000) =>
          new Promise((res, rej) => {
            const id = next++;
            const timer = setTimeout(() => {
              waiting.delete(id);
              rej(new Error(`${method}: no answer in ${timeoutMs} ms`));
            }, timeoutMs);
            waiting.set(id, {
              method,
              resolve: (v) => (clearTimeout(timer), res(v)),
              reject: (e) => (clearTimeout(timer), rej(e)),
            });
            ws.send(JSON.stringify({ id, method, params }));
          }),
        open: () => ws.readyState === WebSocket.OPEN,
        close: () => ws.close(),
      }),
    );
  });
}
