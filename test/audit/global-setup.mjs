// Starts a throwaway PostgreSQL 15, the local Neon WebSocket proxy and the control server
// on the ports vitest.audit.config.ts chose (and gave the Worker as bindings); tears them down after.
import { migrate } from "../../scripts/pg/migrate.mjs";
import { startPostgres } from "../../scripts/pg/postgres.mjs";
import { startWsProxy } from "../../scripts/pg/ws-proxy.mjs";
import { startControl } from "./control.mjs";

export default async function setup() {
  const ports = JSON.parse(process.env.EDGELIT_AUDIT_TEST_PORTS);
  const postgres = await startPostgres({ port: ports.postgres });
  const proxy = await startWsProxy({ port: ports.proxy });
  await migrate(postgres.url);
  const control = await startControl({ postgres, proxy }, ports.control);
  console.log(`audit tests: PostgreSQL 15 on ${postgres.url}, proxy on ${proxy.address}, control on ${control.port}`);
  return async () => {
    await control.close(); // stops the proxy (the one it restarted, if it did)
    await postgres.destroy();
  };
}
