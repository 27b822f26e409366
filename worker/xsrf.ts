/**
 * XSRF guard for every state-changing HTTP request (double submit): a request that is not
 * GET/HEAD/OPTIONS must come from this origin and carry the `X-Edgelit-Xsrf` header equal to
 * the `edgelit_xsrf` cookie. (The page's own state changes travel over the WebSocket, whose
 * upgrade is Origin-checked; this keeps any HTTP endpoint added later safe by default.)
 */
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { WorkerVars } from "./access/middleware";
import { XSRF_COOKIE, XSRF_HEADER } from "./xsrf-cookie";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

export const xsrfGuard: MiddlewareHandler<WorkerVars> = async (c, next) => {
  if (SAFE.has(c.req.method)) return next();
  const url = new URL(c.req.url);
  const cookie = getCookie(c, XSRF_COOKIE);
  const token = c.req.header(XSRF_HEADER);
  if (c.req.header("Origin") !== url.origin || !cookie || !token || cookie !== token) {
    console.warn(`edgelit: XSRF check failed for ${c.req.method} ${url.pathname}`);
    return c.text("XSRF check failed: state-changing requests need this origin and the X-Edgelit-Xsrf token.", 403);
  }
  return next();
};
