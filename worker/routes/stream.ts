/**
 * The session WebSocket: `/_stcore/stream?session=<id>&page=<path>`. Checks the upgrade's
 * Origin (a page on another site must not drive a user's session: cross-site WebSocket
 * hijacking) and the session id, then hands the upgrade to the session's Durable Object.
 *
 * A refused upgrade still completes (101), sends an error frame and closes with 1008, so
 * the browser can show why — a plain 403 on an upgrade is invisible to page scripts.
 */
import type { Context } from "hono";
import { CLOSE, type ErrorCode, type ServerMsg } from "../../protocol/messages";
import type { Env } from "../env";

/** 128 to 256 bits of hex: the browser makes 128 random bits */
const SESSION_ID = /^[0-9a-f]{32,64}$/;

export async function streamRoute(c: Context<{ Bindings: Env }>): Promise<Response> {
  const req = c.req.raw;
  if (req.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
    return c.text("This endpoint speaks WebSocket only.", 426, { Upgrade: "websocket" });
  }
  const url = new URL(req.url);
  const origin = req.headers.get("Origin");
  if (origin !== url.origin) {
    console.warn(`edgelit: refused a WebSocket from origin ${origin ?? "(none)"} for ${url.origin}`);
    return refuse("origin", `Cross-origin WebSocket refused: origin ${origin ?? "(none)"} is not ${url.origin}.`);
  }
  const session = url.searchParams.get("session") ?? "";
  if (!SESSION_ID.test(session)) {
    return refuse("bad_session", "The session id must be 32 to 64 lowercase hex characters.");
  }
  const stub = c.env.SESSIONS.get(c.env.SESSIONS.idFromName(session));
  return stub.fetch(req);
}

function refuse(code: ErrorCode, message: string): Response {
  const { 0: client, 1: server } = new WebSocketPair();
  server.accept();
  server.send(JSON.stringify({ t: "error", code, message } satisfies ServerMsg));
  server.close(CLOSE.refused, message.slice(0, 120));
  return new Response(null, { status: 101, webSocket: client });
}
