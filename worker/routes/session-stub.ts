/**
 * The Durable Object of a browser session: named by the verified identity *and* the session
 * id, so a session id presented under another identity reaches a fresh session, never the
 * first one. The request forwarded carries the identity in a header only the Worker sets.
 */
import type { Context } from "hono";
import { encodeIdentity, IDENTITY_HEADER, sessionObjectName } from "../../platform/identity";
import type { WorkerVars } from "../access/middleware";

/** 128 to 256 bits of hex: the browser makes 128 random bits */
export const SESSION_ID = /^[0-9a-f]{32,64}$/;

export function forwardToSession(c: Context<WorkerVars>, session: string, req: Request = c.req.raw): Promise<Response> {
  const identity = c.get("identity");
  const headers = new Headers(req.headers);
  headers.set(IDENTITY_HEADER, encodeIdentity(identity)); // replaces whatever the browser sent
  const stub = c.env.SESSIONS.get(c.env.SESSIONS.idFromName(sessionObjectName(identity, session)));
  return stub.fetch(new Request(req, { headers }));
}
