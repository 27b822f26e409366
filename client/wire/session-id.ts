/**
 * The browser session id: 16 random bytes as 32 lowercase hex characters, kept per tab in
 * sessionStorage so a refresh resumes the same Durable Object (and its widget state) while
 * a new tab starts afresh.
 */
const KEY = "edgelit.session";
const SHAPE = /^[0-9a-f]{32}$/;

// Storage can throw (disabled cookies, some private modes); the id then lives as long as the page.
let fallback: string | null = null;

/** The stored id, or a new one stored for next time. */
export function sessionId(): string {
  let id: string | null = null;
  try {
    id = sessionStorage.getItem(KEY);
  } catch {
    id = fallback;
  }
  return id && SHAPE.test(id) ? id : freshSessionId();
}

/** A new id, replacing the stored one (after the server said the old session expired). */
export function freshSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  fallback = id;
  try {
    sessionStorage.setItem(KEY, id);
  } catch {
    // kept in `fallback`
  }
  return id;
}
