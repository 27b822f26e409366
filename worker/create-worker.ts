/**
 * The Worker's routes (Hono): health, the session WebSocket, and the HTML shell for every
 * page of the app. Static client files are served by Workers static assets before the
 * Worker runs (wrangler.toml [assets]).
 */
import { Hono } from "hono";
import type { App } from "../durable/st/app";
import type { Env } from "./env";
import { healthDetailRoute, healthRoute } from "./routes/health";
import { SECURITY_HEADERS, shellHtml } from "./routes/shell";
import { streamRoute } from "./routes/stream";

export function createWorker(app: App): Hono<{ Bindings: Env }> {
  const hono = new Hono<{ Bindings: Env }>();

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
