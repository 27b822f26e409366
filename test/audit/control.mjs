/**
 * The audit tests' side door, in Node: the tests run inside workerd and cannot start or
 * stop processes, so this small HTTP server on loopback does it for them — stop and start
 * the real PostgreSQL (fast or immediate), kill and restart the proxy stand-in, black-hole
 * it, hold a lock so a delivery waits mid-query, and read what landed in `dashboard_activity`.
 */
import { createServer } from "node:http";
import pg from "pg";
import { startWsProxy } from "../../scripts/pg/ws-proxy.mjs";

/**
 * @param {{ postgres: { url: string, stop(mode?: string): Promise<void>, start(): Promise<void> },
 *           proxy: { port: number, block(on: boolean): void, stall(on: boolean): void, stop(): Promise<void> } }} services
 */
export function startControl(services, port = 0) {
  let proxy = services.proxy;
  let proxyDown = false;
  /** a client holding an exclusive lock on the table, so an insert waits on a live connection */
  let locker = null;

  const query = async (text, params) => {
    const client = new pg.Client({ connectionString: services.postgres.url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows;
    } finally {
      await client.end();
    }
  };
  const unlock = async () => {
    const l = locker;
    locker = null;
    if (l) await l.query("rollback").then(() => l.end()).catch(() => {});
  };
  const routes = {
    "POST /postgres/stop": async (url) => {
      locker = null; // its connection dies with the server
      await services.postgres.stop(url.searchParams.get("mode") ?? "fast");
    },
    "POST /postgres/start": () => services.postgres.start(),
    "POST /proxy/block": () => proxy.block(true),
    "POST /proxy/unblock": () => proxy.block(false),
    "POST /proxy/stall": () => proxy.stall(true),
    "POST /proxy/unstall": () => proxy.stall(false),
    "POST /proxy/kill": async () => {
      if (proxyDown) return;
      proxyDown = true;
      await proxy.stop();
    },
    "POST /proxy/restart": async () => {
      if (!proxyDown) return;
      proxy = await startWsProxy({ port: proxy.port });
      proxyDown = false;
    },
    "POST /lock": async () => {
      await unlock();
      const client = new pg.Client({ connectionString: services.postgres.url });
      client.on("error", () => {}); // killed with the server in the outage tests
      await client.connect();
      await client.query("begin; lock table dashboard_activity in access exclusive mode");
      locker = client;
    },
    "POST /unlock": unlock,
    /** how many queries wait for a lock (a delivery held mid-query) */
    "GET /waiting": async () =>
      (await query("select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock'"))[0],
    "GET /rows": (url) =>
      query(
        "select event_id, session_id, user_email, action_performed, widget_context, interaction_ts from dashboard_activity where session_id = $1 order by id",
        [url.searchParams.get("session")],
      ),
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://control");
    const route = routes[`${req.method} ${url.pathname}`];
    try {
      if (!route) throw Object.assign(new Error("no such route"), { status: 404 });
      const body = (await route(url)) ?? { ok: true };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    } catch (error) {
      res.writeHead(error.status ?? 500, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error.message) }));
    }
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () =>
      resolve({
        port: server.address().port,
        close: async () => {
          await unlock();
          if (!proxyDown) await proxy.stop();
          await new Promise((r) => server.close(r));
        },
      }),
    );
  });
}
