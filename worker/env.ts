/** The Worker's bindings and vars (wrangler.toml): what Access, the routes and the session objects each need. */
import type { SessionEnv } from "../durable/session";
import type { AccessEnv } from "./access/config";

export interface Env extends AccessEnv, SessionEnv {
  /** one Durable Object per browser session */
  SESSIONS: DurableObjectNamespace;
  /** the compile check's loopback URL, set by `npm run dev` (routes/dev-build.ts) */
  EDGELIT_DEV_BUILD?: string;
}
