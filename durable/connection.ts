/**
 * What a session object learns from a browser's upgrade request: who it is (the identity
 * the Worker verified and set in a header only it can set), and the request context pages
 * see as `st.context` — headers and cookies as Streamlit offers them, minus the Access
 * token, which must never reach a page, the browser or the logs.
 */
import { parse as parseCookies } from "hono/utils/cookie";
import { decodeIdentity, type Identity, IDENTITY_HEADER, identityKey } from "../platform/identity";

export interface RequestContext {
  headers: Record<string, string>;
  cookies: Record<string, string>;
}

/** Kept on each socket (survives hibernation): whose it is and when its token expires. */
export interface SocketAttachment {
  owner: string;
  exp: number | null;
}

const SECRET_HEADERS = new Set(["cf-access-jwt-assertion", IDENTITY_HEADER.toLowerCase(), "cookie"]);
const SECRET_COOKIES = new Set(["CF_Authorization"]);

export function identityOf(request: Request): Identity | null {
  return decodeIdentity(request.headers.get(IDENTITY_HEADER));
}

export function contextOf(request: Request): RequestContext {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    if (!SECRET_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
  });
  // Hono's parser: a value that isn't valid percent-encoding is kept as sent, never a throw.
  const cookies: Record<string, string> = {};
  for (const [name, value] of Object.entries(parseCookies(request.headers.get("Cookie") ?? ""))) {
    if (!SECRET_COOKIES.has(name)) cookies[name] = value;
  }
  return { headers, cookies };
}

export function attachmentFor(identity: Identity): SocketAttachment {
  return { owner: identityKey(identity), exp: identity.exp };
}

/** Attachments read since this object woke: deserializing one on every frame is waste. */
const attachments = new WeakMap<WebSocket, SocketAttachment | null>();

/** True when the socket's Access token has expired: it must sign in again. */
export function tokenExpired(ws: WebSocket, nowMs: number): boolean {
  let a = attachments.get(ws);
  if (a === undefined) attachments.set(ws, (a = ws.deserializeAttachment() as SocketAttachment | null));
  return a?.exp != null && nowMs >= a.exp * 1000;
}
