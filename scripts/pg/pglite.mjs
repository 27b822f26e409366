/**
 * The embedded default database for `npm run dev`: PGlite (Postgres compiled to WASM) kept in
 * a data directory and served on a loopback TCP port, so a fresh clone needs no Postgres.
 * The Worker reaches it like Neon, through the WebSocket proxy stand-in (ws-proxy.mjs).
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { freePort } from "../free-port.mjs";

/** @param {{ dataDir: string, port?: number }} opts */
export async function startPglite({ dataDir, port }) {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const pgPort = port || (await freePort());
  // PGlite runs one query at a time; the server queues connections, so several may wait.
  const server = new PGLiteSocketServer({ db, port: pgPort, host: "127.0.0.1", maxConnections: 20 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${pgPort}/postgres`,
    port: pgPort,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
