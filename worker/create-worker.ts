/**
 * The Worker's routes (Hono): health, the session WebSocket, and the HTML shell for every
 * page of the app. Static client files are served by Workers static assets before the
 * Worker runs (wrangler.toml [assets]).
 */
import { Hono } from "hono";
import type { JWTVerifyGetKey } from "jose";
import type { App } from "../durable/st/app";
import { accessGate, type WorkerVars } from "./access/middleware";
import { healthDetailRoute, healthRoute } from "./routes/health";
import { SECURITY_HEADERS, shellHtml } from "./routes/shell";
import { streamRoute } from "./routes/stream";
import { xsrfGuard } from "./xsrf";

export interface WorkerOptions {
  /** verify Access tokens against these keys instead of the team's JWKS (tests) */
  jwks?: JWTVerifyGetKey;
}

export function createWorker(app: App, opts: WorkerOptions = {}): Hono<WorkerVars> {
  const hono = new Hono<WorkerVars>();

  hono.use("*", accessGate(opts.jwks));
  hono.use("*", xsrfGuard);

  // Same path as Streamlit, so existing probes and load balancers work.
  hono.on(["GET", "HEAD"], "/_stcore/health", healthRoute);
  hono.get("/_stcore/health/detail", healthDetailRoute);
  hono.get("/_stcore/stream", streamRoute);

  hono.get("*", (c) => {
    const page = app.find(new URL(c.req.url).pathname);
    if (!page) return c.text("Not found", 404);
    return c.html(shellHtml(page), 200, { ...SECURITY_HEADERS, "Cache-Control": "no-cache" });
  });
  hono.notFound((c) => c.text("Not found", 404));
  hono.onError((err, c) => {
    console.error("edgelit: worker error", err);
    return c.text("Internal error", 500);
  });
  return hono;
}
