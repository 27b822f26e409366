/**
 * The token half of the XSRF double submit (worker/xsrf.ts): the HTML shell sets a random
 * `edgelit_xsrf` cookie when the browser has none; the client reads it and sends it back
 * in `X-Edgelit-Xsrf` with every upload. Another site can make the browser send the cookie
 * but can't read it, so it can't send the header. Not HttpOnly, on purpose: the page's own
 * script must read it.
 */
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { WorkerVars } from "./access/middleware";

export const XSRF_COOKIE = "edgelit_xsrf";
export const XSRF_HEADER = "X-Edgelit-Xsrf";

export function ensureXsrfCookie(c: Context<WorkerVars>): void {
  if (getCookie(c, XSRF_COOKIE)) return;
  const token = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, "0")).join("");
  setCookie(c, XSRF_COOKIE, token, { path: "/", sameSite: "Strict", secure: new URL(c.req.url).protocol === "https:" });
}
