/**
 * The session Durable Object: one per browser tab, addressed by the tab's session id. It
 * implements the platform entry points once and delegates to SessionCore, after an init
 * gate that loads the session from storage (the constructor runs again on every wake).
 */
import { DurableObject } from "cloudflare:workers";
import { PING, PONG } from "../protocol/messages";
import { bindCacheStore } from "./cache/store";
import { DEFAULT_UPLOAD_MAX_MB } from "./files/store";
import { routeHttp } from "./http";
import { type AuditEnv, DEFAULT_IDLE_TTL_SECONDS, SessionCore } from "./session-core";
import type { App } from "./st/app";

export type SessionClass = ReturnType<typeof createSessionClass>;

/** What a session object needs of the Worker's bindings and vars (wrangler.toml). */
export type SessionEnv = AuditEnv & {
  /** cacheData's shared store */
  CACHE?: KVNamespace;
  /** seconds without a run before a session expires and deletes its storage (default 86400) */
  SESSION_IDLE_TTL_SECONDS?: string;
  /** the largest file an uploader accepts, in MB (default 50); a widget's maxSize can only lower it */
  UPLOAD_MAX_MB?: string;
};

export function createSessionClass(app: App) {
  return class SessionObject extends DurableObject<SessionEnv> {
    /** @internal exposed for tests */
    core!: SessionCore;

    constructor(ctx: DurableObjectState, env: SessionEnv) {
      super(ctx, env);
      bindCacheStore(env.CACHE);
      // Heartbeats are answered by the runtime without waking a hibernated object.
      ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING, PONG));
      const ttl = Number(env.SESSION_IDLE_TTL_SECONDS) || DEFAULT_IDLE_TTL_SECONDS;
      const maxUploadBytes = (Number(env.UPLOAD_MAX_MB) || DEFAULT_UPLOAD_MAX_MB) * 1e6;
      void ctx.blockConcurrencyWhile(async () => {
        this.core = await SessionCore.load(ctx, app, ttl, env, maxUploadBytes);
      });
    }

    override async fetch(request: Request): Promise<Response> {
      if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") return routeHttp(this.core, request);
      return this.core.connect(request);
    }

    override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
      await this.core.receive(ws, message);
    }

    override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
      // Answer the close: under local workerd (wrangler 4.86) a client's close is otherwise never
      // answered, and the browser's close handshake waits for its timeout.
      try {
        ws.close(code === 1005 || code === 1006 ? 1000 : code, reason);
      } catch {
        // already closed
      }
      this.core.disconnected();
    }

    override async alarm(): Promise<void> {
      await this.core.alarm();
    }
  };
}
