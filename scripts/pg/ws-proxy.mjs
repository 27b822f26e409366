/**
 * A local stand-in for Neon's WebSocket proxy (neondatabase/wsproxy): the Neon driver speaks
 * the Postgres wire protocol inside a WebSocket at `/v1?address=host:port`; this relays
 * each message to that TCP address and each TCP chunk back as one binary frame.
 *
 * Loopback targets only. One fix beyond wsproxy: the driver's
 * `end()` never closes its WebSocket, and PGlite does not close the connection on the
 * Terminate message as PostgreSQL does — so after forwarding a Terminate ('X') we half-close
 * the TCP side ourselves, or `pool.end()` would hang forever.
 */
import { createServer } from "node:http";
import { connect } from "node:net";
import { WebSocketServer } from "ws";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** Finds a Terminate message at a message boundary of the client→server byte stream. */
function terminateWatcher() {
  let startup = true;
  let pending = Buffer.alloc(0);
  return (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      if (startup) {
        if (pending.length < 4) return false;
        const len = pending.readInt32BE(0);
        if (pending.length < len) return false;
        const code = len >= 8 ? pending.readInt32BE(4) : 0;
        pending = pending.subarray(len);
        // SSLRequest / GSSENCRequest are followed by another startup-form message.
        if (code !== 80877103 && code !== 80877104) startup = false;
        continue;
      }
      if (pending.length < 5) return false;
      const type = pending[0];
      const len = pending.readInt32BE(1);
      if (pending.length < 1 + len) return false;
      pending = pending.subarray(1 + len);
      if (type === 0x58) return true; // 'X' Terminate
    }
  };
}

/** @param {{ port?: number, log?: (line: string) => void }} [opts] */
export function startWsProxy({ port = 0, log = () => {} } = {}) {
  let blocked = false;
  /** a black hole: nothing is forwarded (held, as TCP would retransmit) and nothing is closed */
  let stalled = false;
  const held = [];
  const open = new Set();
  const server = createServer((_req, res) => res.writeHead(426).end("WebSocket only"));
  const wss = new WebSocketServer({ noServer: true });
  server.on("upgrade", (req, socket, head) => {
    const accept = () => {
      if (new URL(req.url ?? "", "http://proxy").pathname !== "/v1") return socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
    };
    // a black hole swallows the opening handshake too: the client waits in CONNECTING
    if (stalled) held.push(accept);
    else accept();
  });

  wss.on("connection", (ws, req) => {
    const target = new URL(req.url ?? "", "http://proxy").searchParams.get("address") ?? "";
    const sep = target.lastIndexOf(":");
    const host = target.slice(0, sep);
    const targetPort = Number(target.slice(sep + 1));
    if (blocked) return ws.close(1011, "proxy blocked (simulated outage)");
    if (!LOOPBACK.has(host) || !(targetPort > 0)) return ws.close(1008, "only loopback targets are allowed");
    const tcp = connect(targetPort, host.replace(/^\[|\]$/g, ""));
    const conn = { ws, tcp };
    open.add(conn);
    const sawTerminate = terminateWatcher();
    const pendingToTcp = [];
    let tcpReady = false;
    tcp.on("connect", () => {
      tcpReady = true;
      for (const b of pendingToTcp.splice(0)) tcp.write(b);
    });
    const toTcp = (buf) => {
      if (tcpReady) tcp.write(buf);
      else pendingToTcp.push(buf);
      if (sawTerminate(buf)) tcp.end();
    };
    const toWs = (chunk) => ws.readyState === ws.OPEN && ws.send(chunk, { binary: true });
    ws.on("message", (data) => {
      const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
      if (stalled) held.push(() => toTcp(buf));
      else toTcp(buf);
    });
    tcp.on("data", (chunk) => (stalled ? held.push(() => toWs(chunk)) : toWs(chunk)));
    const close = () => {
      open.delete(conn);
      if (ws.readyState === ws.OPEN) ws.close(1000);
      tcp.destroy();
    };
    tcp.on("end", close);
    tcp.on("close", close);
    tcp.on("error", (e) => {
      log(`proxy: ${target}: ${e.message}`);
      if (ws.readyState === ws.OPEN) ws.close(1011, e.message.slice(0, 100));
    });
    ws.on("close", () => tcp.end());
    ws.on("error", () => tcp.destroy());
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const actual = server.address().port;
      resolve({
        port: actual,
        address: `127.0.0.1:${actual}`,
        /** Simulate a black-holed path: forward nothing, close nothing (or end it: deliver what was held). */
        stall(on) {
          stalled = on;
          if (!on) for (const forward of held.splice(0)) forward();
        },
        /** Simulate an outage: refuse new connections and drop open ones (or end it). */
        block(on) {
          blocked = on;
          if (on) for (const c of open) c.ws.terminate();
        },
        stop: () =>
          new Promise((r) => {
            for (const c of open) c.ws.terminate();
            wss.close();
            server.close(() => r());
          }),
      });
    });
  });
}
