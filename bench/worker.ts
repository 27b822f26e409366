/**
 * The bench Worker: the demo app plus bench-only routes —
 *  - `/_bench/echo`: a Durable Object that accepts a hibernatable WebSocket and echoes each
 *    message. Its round trip is the floor under any session interaction (Worker routing +
 *    Durable Object + socket), measured in the same run so the ratio means something.
 *  - `/_bench/incident-*`: the seed's incident pages (bench/pages.ts) and
 *    `/_bench/counts`, their loaders' executions per key.
 *  - `/_bench/fragment` and `/_bench/full`: one dashboard, its slider in a fragment or not
 *    (bench/fragment.mjs).
 */
import { DurableObject } from "cloudflare:workers";
import demo from "../app";
import { createSessionClass } from "../durable/session";
import { defineApp } from "../durable/st/app";
import { createWorker } from "../worker/create-worker";
import type { Env } from "../worker/env";
import { counts, dataframePage, fragmentPages, incidentPages, uploadPage } from "./pages";

const app = defineApp([...demo.pages, ...incidentPages, uploadPage, dataframePage, ...fragmentPages]);

export const SessionObject = createSessionClass(app);

export class EchoObject extends DurableObject {
  override async fetch(): Promise<Response> {
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    ws.send(message);
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, reason);
    } catch {
      // already closed
    }
  }
}

const worker = createWorker(app);
type BenchEnv = Env & { ECHO: DurableObjectNamespace };

export default {
  fetch(request: Request, env: BenchEnv, ctx: ExecutionContext) {
    const url = new URL(request.url);
    if (url.pathname === "/_bench/echo") {
      return env.ECHO.get(env.ECHO.idFromName(url.searchParams.get("id") ?? "echo")).fetch(request);
    }
    if (url.pathname === "/_bench/counts") return Response.json(counts);
    return worker.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<BenchEnv>;
