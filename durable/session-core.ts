/**
 * A live session: its durable data, its sockets and its rerun loop. The Durable Object
 * class (session.ts) owns the platform entry points and delegates each to a method here.
 */
import type { PageInfo } from "../protocol/elements";
import { CLOSE, type ServerMsg } from "../protocol/messages";
import { ProtocolError, parseClientMsg } from "../protocol/parse";
import { toRunInput } from "./inbound";
import { DEFAULT_CONFIG, executeRun } from "./run";
import { emptyInput, RerunLoop, type RunInput } from "./runner";
import { freshSession, loadSession, type Persisted, saveSession } from "./session-store";
import { type App, pageInfos } from "./st/app";
import type { SessionStores } from "./st/context";
import { SessionState } from "./st/state";

export const DEFAULT_IDLE_TTL_SECONDS = 24 * 60 * 60;

export class SessionCore {
  private readonly pages: PageInfo[];
  private readonly loop: RerunLoop;

  private constructor(
    private readonly ctx: DurableObjectState,
    private readonly app: App,
    private readonly idleTtlMs: number,
    private data: Persisted,
    private stores: SessionStores,
    /** how many pieces the stored tree has, to drop the extra ones when it shrinks */
    private treePieces: number,
    /** when the idle alarm is set to fire (null: not set) */
    private alarmAt: number | null,
  ) {
    this.pages = pageInfos(app);
    this.loop = new RerunLoop(async (input, register) => {
      const deps = { app, pages: this.pages, session: this.data, stores: this.stores, send: (m: ServerMsg) => this.broadcast(m) };
      const result = await executeRun(deps, input, register);
      // The run's frames are queued; SQLite work is synchronous on this thread, so writing
      // now would hold them back. Let them leave, then write. The cost: if the object dies in
      // that gap, the browser has seen one run whose state is not stored — on reconnect it
      // gets the stored tree back, exactly as if that run had been interrupted.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await this.persist();
      return result;
    });
  }

  static async load(ctx: DurableObjectState, app: App, idleTtlSeconds: number): Promise<SessionCore> {
    const { data, pieces } = await loadSession(ctx.storage, freshSession(app.home.path, DEFAULT_CONFIG));
    const alarmAt = await ctx.storage.getAlarm();
    return new SessionCore(ctx, app, idleTtlSeconds * 1000, data, storesOf(data), pieces, alarmAt);
  }

  /** A browser connects (or reconnects): it gets the whole tree, then the page runs. */
  connect(sessionId: string, pagePath: string): Response {
    // (the Worker only forwards WebSocket upgrades here)
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server);
    this.data.id ||= sessionId;
    const page = this.app.find(pagePath)?.path ?? this.app.home.path;
    send(server, {
      t: "hello",
      session: this.data.id,
      pages: this.pages,
      // the page being opened; until its run ends the browser shows the last tree (faded)
      page,
      config: this.data.config,
      tree: this.data.tree,
      running: this.loop.running ? this.data.run : null,
    });
    this.submit({ ...emptyInput(), page });
    return new Response(null, { status: 101, webSocket: client });
  }

  /** A frame from a browser: parsed, validated against the widgets on the page, run. */
  async receive(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    let input: RunInput;
    try {
      input = toRunInput(parseClientMsg(raw), this.stores, this.app);
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      console.warn(`edgelit: session ${this.data.id.slice(0, 8)}… refused a frame: ${error.code}: ${error.message}`);
      send(ws, error.frame());
      return;
    }
    await this.submit(input);
  }

  /** The idle alarm: expire the session (close sockets, delete storage) unless it was used since. */
  async alarm(): Promise<void> {
    const due = this.data.lastActive + this.idleTtlMs;
    if (Date.now() < due || this.loop.running) {
      this.alarmAt = Math.max(due, Date.now() + 1000);
      await this.ctx.storage.setAlarm(this.alarmAt);
      return;
    }
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.close(CLOSE.expired, "Session expired after inactivity");
      } catch {
        // already closing
      }
    }
    await this.ctx.storage.deleteAll();
    await this.ctx.storage.deleteAlarm();
    this.data = freshSession(this.app.home.path, DEFAULT_CONFIG);
    this.stores = storesOf(this.data);
    this.treePieces = 0;
    this.alarmAt = null;
  }

  /** For tests and diagnostics. @internal */
  get snapshot(): Readonly<Persisted> {
    return this.data;
  }

  private submit(input: RunInput): Promise<void> {
    return this.loop.submit(input).catch((error: unknown) => {
      console.error("edgelit: the rerun loop failed", error);
    });
  }

  private async persist(): Promise<void> {
    this.data.lastActive = Date.now();
    this.data.state = this.stores.state.snapshot();
    this.treePieces = await saveSession(this.ctx.storage, this.data, this.treePieces);
    // The idle alarm only needs to fire no earlier than lastActive + ttl; when it fires early
    // it re-arms itself. So move it only when it is missing or due within a tenth of the ttl —
    // not one more storage write on every run.
    const due = this.data.lastActive + this.idleTtlMs;
    if (this.alarmAt === null || this.alarmAt < due - this.idleTtlMs / 10) {
      await this.ctx.storage.setAlarm(due);
      this.alarmAt = due;
    }
  }

  private broadcast(msg: ServerMsg): void {
    const frame = JSON.stringify(msg);
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.send(frame);
      } catch {
        // a socket that is closing; its close handler cleans up
      }
    }
  }
}

function storesOf(data: Persisted): SessionStores {
  return { widgets: data.widgets, meta: data.meta, state: new SessionState(data.state), callbacks: new Map() };
}

function send(ws: WebSocket, msg: ServerMsg): void {
  ws.send(JSON.stringify(msg));
}
