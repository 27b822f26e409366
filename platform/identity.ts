/**
 * Who is on the other end, as verified by Cloudflare Access (or simulated in local dev).
 * The Worker passes it to the session object in a header it sets itself; a session is
 * addressed by identity *and* session id, so a session id replayed under another identity
 * reaches a different (fresh) session, never the first one.
 */
export interface Identity {
  kind: "user" | "service" | "dev" | "anonymous";
  /** users: the Access email; services and anonymous: null */
  email: string | null;
  /** a stable id: the JWT `sub` for users, the client id (`common_name`) for service tokens */
  id: string;
  /** the token's claims (none in dev / anonymous) */
  claims: Record<string, unknown>;
  /** when the token expires (epoch seconds); null when there is no token */
  exp: number | null;
}

/** The header the Worker sets (and strips from what the browser sent) for the session object. */
export const IDENTITY_HEADER = "X-Edgelit-Identity";

export function identityKey(identity: Identity): string {
  return `${identity.kind}:${identity.id}`;
}

/** The Durable Object name of a session: bound to the identity that uses it. */
export function sessionObjectName(identity: Identity, sessionId: string): string {
  return `${identityKey(identity)}|${sessionId}`;
}

export function devIdentity(email: string): Identity {
  return { kind: "dev", email, id: email, claims: {}, exp: null };
}

export const ANONYMOUS: Identity = { kind: "anonymous", email: null, id: "anonymous", claims: {}, exp: null };

export function encodeIdentity(identity: Identity): string {
  return btoa(unescape(encodeURIComponent(JSON.stringify(identity))));
}

export function decodeIdentity(header: string | null): Identity | null {
  if (!header) return null;
  try {
    return JSON.parse(decodeURIComponent(escape(atob(header)))) as Identity;
  } catch {
    return null;
  }
}
