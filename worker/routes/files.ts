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
  // The body goes on through a pipe of our own: when the session refuses a file before
  // reading all of it, the runtime's own pipe would throw, uncaught, reading the rest after
  // the answer has left (and under wrangler dev restart the Worker); ours fails quietly.
  const req = c.req.raw;
  let body = req.body;
  if (body) {
    const pipe = new TransformStream<Uint8Array, Uint8Array>();
    body.pipeTo(pipe.writable).catch(() => {});
    body = pipe.readable;
  }
  return mutable(await forwardToSession(c, session, new Request(req.url, { method: req.method, headers: req.headers, body })));
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
