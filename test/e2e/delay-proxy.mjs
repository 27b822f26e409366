/**
 * A TCP proxy that delays every chunk by a fixed time in each direction, keeping order —
 * an ordinary remote connection (40 ms each way) or a slow one (150 ms), in front of
 * `wrangler dev`. `cut()` drops every open connection at once (a network blip).
 */
import { connect, createServer } from "node:net";

/** @param {{ target: number, delayMs: number }} opts */
export function startDelayProxy({ target, delayMs }) {
  const open = new Set();
  const relay = (from, to) => {
    let last = 0;
    from.on("data", (chunk) => {
      // never before the previous chunk: the clock may not give us increasing timers
      const due = Math.max(Date.now() + delayMs, last);
      last = due;
      setTimeout(() => to.writable && to.write(chunk), due - Date.now());
    });
    from.on("end", () => setTimeout(() => to.end(), Math.max(0, last - Date.now()) + delayMs));
  };
  const server = createServer((client) => {
    const upstream = connect(target, "127.0.0.1");
    const pair = { client, upstream };
    open.add(pair);
    relay(client, upstream);
    relay(upstream, client);
    const drop = () => {
      open.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop);
    upstream.on("error", drop);
    client.on("close", drop);
    upstream.on("close", drop);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: server.address().port,
        url: `http://127.0.0.1:${server.address().port}`,
        /** drops every open connection (the browser reconnects) */
        cut() {
          for (const { client, upstream } of open) {
            client.destroy();
            upstream.destroy();
          }
        },
        stop: () =>
          new Promise((r) => {
            for (const { client, upstream } of open) {
              client.destroy();
              upstream.destroy();
            }
            server.close(() => r());
          }),
      }),
    );
  });
}
