/**
 * The session WebSocket: `/_stcore/stream?session=<id>&page=<path>`. Checks the upgrade's
 * Origin (a page on another site must not drive a user's session: cross-site WebSocket
 * hijacking) and the session id, then hands the upgrade to the session's Durable Object —
 * the one named by the verified identity *and* the session id, so a session id presented
 * under another identity reaches a fresh session, never the first one.
 */
import type { Context } from "hono";
import type { WorkerVars } from "../access/middleware";
import { refuseSocket } from "../../platform/refuse-socket";
import { forwardToSession, SESSION_ID } from "./session-stub";

export async function streamRoute(c: Context<WorkerVars>): Promise<Response> {
  const req = c.req.raw;
  if (req.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
    return c.text("This endpoint speaks WebSocket only.", 426, { Upgrade: "websocket" });
  }
  const url = new URL(req.url);
  const origin = req.headers.get("Origin");
  if (origin !== url.origin) {
    console.warn(`edgelit: refused a WebSocket from origin ${origin ?? "(none)"} for ${url.origin}`);
    return refuseSocket("origin", `Cross-origin WebSocket refused: origin ${origin ?? "(none)"} is not ${url.origin}.`);
  }
  const session = url.searchParams.get("session") ?? "";
  if (!SESSION_ID.test(session)) {
    return refuseSocket("bad_session", "The session id must be 32 to 64 lowercase hex characters.");
  }
  return forwardToSession(c, session);
}
