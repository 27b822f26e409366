/**
 * The audit tests' side door, in Node: the tests run inside workerd and cannot start or
 * stop processes, so this small HTTP server on loopback does it for them — stop and start
 * the real PostgreSQL, cut the proxy, and read what landed in `dashboard_activity`.
 */
import { createServer } from "node:http";
import pg from "pg";

/** @param {{ postgres: { url: string, stop(): Promise<void>, start(): Promise<void> }, proxy: { block(on: boolean): void } }} services */
export function startControl(services, port = 0) {
  const query = async (text, params) => {
    const client = new pg.Client({ connectionString: services.postgres.url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows;
    } finally {
      await client.end();
    }
  };
  const routes = {
    "POST /postgres/stop": () => services.postgres.stop(),
    "POST /postgres/start": () => services.postgres.start(),
    "POST /proxy/block": () => services.proxy.block(true),
    "POST /proxy/unblock": () => services.proxy.block(false),
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
    server.listen(port, "127.0.0.1", () => resolve({ port: server.address().port, close: () => new Promise((r) => server.close(r)) }));
  });
}
