/**
 * The Worker's gate: every request is admitted by Access (or the configured dev/off mode)
 * before any route runs; the verified identity travels on as a context variable. A refused
 * WebSocket upgrade still completes and closes with an error frame, so the page can say why.
 */
import type { MiddlewareHandler } from "hono";
import type { JWTVerifyGetKey } from "jose";
import type { Env } from "../env";
import { refuseSocket } from "../../platform/refuse-socket";
import { accessConfig } from "./config";
import type { Identity } from "../../platform/identity";
import { AccessDenied, verifyAccess } from "./verify";

export type WorkerVars = { Bindings: Env; Variables: { identity: Identity } };

export function accessGate(jwks?: JWTVerifyGetKey): MiddlewareHandler<WorkerVars> {
  return async (c, next) => {
    const config = accessConfig(c.env, jwks);
    try {
      c.set("identity", await verifyAccess(c.req.raw, config));
    } catch (error) {
      if (!(error instanceof AccessDenied)) throw error;
      if (error.status === 503) console.error(error.message);
      else console.warn(`edgelit: access denied for ${c.req.method} ${new URL(c.req.url).pathname}: ${error.message}`);
      if (c.req.header("Upgrade")?.toLowerCase() === "websocket") return refuseSocket("unauthorized", error.message);
      return c.text(error.message, error.status, { "Cache-Control": "no-store" });
    }
    await next();
  };
}
