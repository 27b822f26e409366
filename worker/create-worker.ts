/**
 * The Worker's routes (Hono): health, the session WebSocket, and the HTML shell for every
 * page of the app. Static client files are served by Workers static assets before the
 * Worker runs (wrangler.toml [assets]).
 */
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { faviconSvg } from "../protocol/favicon";
import type { JWTVerifyGetKey } from "jose";
import type { App } from "../durable/st/app";
import { accessGate, type WorkerVars } from "./access/middleware";
import { DEV_BUILD_PATH } from "../protocol/dev-build";
import { devBuildRoute } from "./routes/dev-build";
import { healthDetailRoute, healthRoute } from "./routes/health";
import { shellHtml } from "./routes/shell";
import { mediaRoute, uploadRoute } from "./routes/files";
import { streamRoute } from "./routes/stream";
import { ensureXsrfCookie } from "./xsrf-cookie";
import { xsrfGuard } from "./xsrf";

export interface WorkerOptions {
  /** verify Access tokens against these keys instead of the team's JWKS (tests) */
  jwks?: JWTVerifyGetKey;
}

/**
 * A CSP allowing only our own scripts (no inline script, no eval), no framing, nosniff, a
 * strict referrer policy — Hono's secureHeaders, for every response.
 */
const headers = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    // st.image(url) loads from the URL's host in the browser: any http(s) image, on purpose
    // (an image can't run script; the page's author chose the URL)
    imgSrc: ["'self'", "data:", "https:", "http:"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: "DENY",
  referrerPolicy: "strict-origin-when-cross-origin",
});

export function createWorker(app: App, opts: WorkerOptions = {}): Hono<WorkerVars> {
  const hono = new Hono<WorkerVars>();

  // Every response (refusals and errors too), except a socket upgrade's, whose headers are the runtime's.
  hono.use("*", async (c, next) => (c.req.header("Upgrade") ? next() : headers(c, next)));
  hono.use("*", accessGate(opts.jwks));
  hono.use("*", xsrfGuard);

  // Same path as Streamlit, so existing probes and load balancers work.
  hono.on(["GET", "HEAD"], "/_stcore/health", healthRoute);
  hono.get("/_stcore/health/detail", healthDetailRoute);
  hono.get("/_stcore/stream", streamRoute);
  hono.get(DEV_BUILD_PATH, devBuildRoute);
  hono.post("/_stcore/upload/:session/:widget", uploadRoute);
  hono.on(["GET", "HEAD"], "/_stcore/media/:session/:ref", mediaRoute);
  // Pages name their icon in the HTML; this answers clients that ask anyway.
  hono.get("/favicon.ico", (c) => c.body(faviconSvg(), 200, { "Content-Type": "image/svg+xml", "Cache-Control": "max-age=86400" }));

  hono.get("*", (c) => {
    const page = app.find(new URL(c.req.url).pathname);
    if (!page) return c.text("Not found", 404);
    ensureXsrfCookie(c);
    return c.html(shellHtml(page, { devBuild: !!c.env.EDGELIT_DEV_BUILD }), 200, { "Cache-Control": "no-cache" });
  });
  hono.notFound((c) => c.text("Not found", 404));
  hono.onError((err, c) => {
    console.error("edgelit: worker error", err);
    return c.text("Internal error", 500);
  });
  return hono;
}
