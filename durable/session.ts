/**
 * The session Durable Object: one per browser tab, addressed by the tab's session id. It
 * implements the platform entry points once and delegates to SessionCore, which it loads from
 * storage on the first event that needs it (the constructor runs again on every wake).
 * A hibernated session's socket closing wakes the object only to answer the close: loading
 * it then would read and decode the whole session for nothing, once per closing tab.
 */
import { DurableObject } from "cloudflare:workers";
import { PING, PONG } from "../protocol/messages";
import { bindCacheStore } from "./cache/store";
import { DEFAULT_UPLOAD_MAX_MB } from "./files/store";
import { routeHttp } from "./http";
import { type AuditEnv, DEFAULT_IDLE_TTL_SECONDS, SessionCore } from "./session-core";
import type { App } from "./st/app";
import { DEFAULT_WRITE_WINDOW_MS } from "./write-behind";

export type SessionClass = ReturnType<typeof createSessionClass>;

/** What a session object needs of the Worker's bindings and vars (wrangler.toml). */
export type SessionEnv = AuditEnv & {
  /** cacheData's shared store */
  CACHE?: KVNamespace;
  /** seconds without a run before a session expires and deletes its storage (default 86400) */
  SESSION_IDLE_TTL_SECONDS?: string;
  /** the largest file an uploader accepts, in MB (default 50); a widget's maxSize can only lower it */
  UPLOAD_MAX_MB?: string;
  /** a burst of runs is written to storage at most once per this many ms (default 500; 0: every run) */
  SESSION_WRITE_WINDOW_MS?: string;
};

function numberOr(value: string | undefined, fallback: number): number {
  const n = value === undefined || value.trim() === "" ? Number.NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

export function createSessionClass(app: App) {
  return class SessionObject extends DurableObject<SessionEnv> {
    private loading: Promise<SessionCore> | undefined;
    /** the session once loaded (a close may find none) */
    private loaded: SessionCore | undefined;

    constructor(ctx: DurableObjectState, env: SessionEnv) {
      super(ctx, env);
      bindCacheStore(env.CACHE);
      // Heartbeats are answered by the runtime without waking a hibernated object.
      ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING, PONG));
    }

    /**
     * The session, read from storage the first time an event needs it. No other event runs
     * while it loads (blockConcurrencyWhile), so every event sees it whole. @internal tests use it too
     */
    session(): Promise<SessionCore> {
      this.loading ??= this.ctx.blockConcurrencyWhile(async () => {
        this.loaded = await SessionCore.load(this.ctx, app, this.env, {
          idleTtlMs: (Number(this.env.SESSION_IDLE_TTL_SECONDS) || DEFAULT_IDLE_TTL_SECONDS) * 1000,
          maxUploadBytes: (Number(this.env.UPLOAD_MAX_MB) || DEFAULT_UPLOAD_MAX_MB) * 1e6,
          // "0" writes after every run
          writeWindowMs: numberOr(this.env.SESSION_WRITE_WINDOW_MS, DEFAULT_WRITE_WINDOW_MS),
        });
        return this.loaded;
      });
      return this.loading;
    }

    override async fetch(request: Request): Promise<Response> {
      const core = await this.session();
      if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") return routeHttp(core, request);
      return core.connect(request);
    }

    override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
      await (await this.session()).receive(ws, message);
    }

    override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
      // Answer the close: under local workerd (wrangler 4.86) a client's close is otherwise never
      // answered, and the browser's close handshake waits for its timeout.
      try {
        ws.close(code === 1005 || code === 1006 ? 1000 : code, reason);
      } catch {
        // already closed
      }
      // not loaded: woken by this close alone, with no timers armed to stop
      this.loaded?.disconnected();
    }

    override async alarm(): Promise<void> {
      await (await this.session()).alarm();
    }
  };
}
