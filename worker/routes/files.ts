/**
 * Uploads and media over HTTP, answered by the session's Durable Object (durable/http.ts):
 * POST /_stcore/upload/<session>/<widget> (XSRF-checked by worker/xsrf.ts, like every
 * non-GET request) and GET /_stcore/media/<session>/<ref>.
 */
import type { Context } from "hono";
import type { WorkerVars } from "../access/middleware";
import { forwardToSession, SESSION_ID } from "./session-stub";

export async function uploadRoute(c: Context<WorkerVars>): Promise<Response> {
  const session = c.req.param("session") ?? "";
  if (!SESSION_ID.test(session)) return c.json({ error: "The session id must be 32 to 64 lowercase hex characters." }, 400);
  return mutable(await forwardToSession(c, session));
}

export async function mediaRoute(c: Context<WorkerVars>): Promise<Response> {
  const session = c.req.param("session") ?? "";
  if (!SESSION_ID.test(session)) return c.text("No such session.", 404);
  return mutable(await forwardToSession(c, session));
}

/** A copy with headers of its own: the security headers are set on every response (create-worker.ts). */
function mutable(res: Response): Response {
  return new Response(res.body, res);
}
