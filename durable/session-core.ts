/**
 * A live session: its durable data, its sockets and its rerun loop. The Durable Object
 * class (session.ts) owns the platform entry points and delegates each to a method here.
 */
import type { PageInfo } from "../protocol/elements";
import { deliveryIsDue, EARLY_TOLERANCE_MS, planAlarm } from "./alarm-plan";
import { backlogReporter, type BacklogEnv } from "./audit/backlog";
import { type DatabaseEnv, deadlineOf } from "./audit/database";
import { type Activity, sessionActivity } from "./audit/activity";
import type { AuditEvent } from "./audit/event";
import { Outbox, type OutboxStatus, retryPolicyOf } from "./audit/outbox";
import { type ClientMsg, CLOSE, type ServerMsg } from "../protocol/messages";
import { refuseSocket as refuse } from "../platform/refuse-socket";
import { ProtocolError, parseClientMsg } from "../protocol/parse";
import { queryProblem } from "../protocol/query";
import { attachmentFor, contextOf, identityOf, tokenExpired } from "./connection";
import { serveMedia } from "./files/serve";
import { SessionFiles } from "./files/store";
import { discardBody, receiveUpload } from "./files/upload";
import { identityKey } from "../platform/identity";
import { toRunInput } from "./inbound";
import { DataShelf, namedData } from "./data/shelf";
import { FragmentTimers } from "./fragment-timers";
import { answerRows } from "./data/windows";
import { RateLimiter } from "./rate-limit";
import { inBatches } from "./storage-limits";
import { DEFAULT_CONFIG, executeRun } from "./run";
import { emptyInput, RerunLoop, type RunInput } from "./runner";
import { deleteSession, freshSession, loadSession, type Persisted, saveSession } from "./session-store";
import { type App, pageInfos } from "./st/app";
import type { SessionStores } from "./st/context";
import { noFragments } from "./st/fragment";
import { SessionState } from "./st/state";
import { WriteBehind } from "./write-behind";

export const DEFAULT_IDLE_TTL_SECONDS = 24 * 60 * 60;

/** What the session needs of the Worker's env for its audit outbox. */
export type AuditEnv = DatabaseEnv & BacklogEnv & { AUDIT_RETRY_BASE_MS?: string; AUDIT_RETRY_MAX_MS?: string };

/** What a session object is given and never changes. */
interface SessionConfig {
  app: App;
  idleTtlMs: number;
  env: AuditEnv;
  /** the largest upload accepted, in bytes (UPLOAD_MAX_MB) */
  maxUploadBytes: number;
  /** a burst of runs is written at most once per this many ms (durable/write-behind.ts) */
  writeWindowMs: number;
}

/** What a session object is given and never changes, but the app and the env. */
export type SessionOptions = Pick<SessionConfig, "idleTtlMs" | "maxUploadBytes" | "writeWindowMs">;

/** The session as it lives in memory: replaced whole when the session expires. */
interface LiveSession {
  data: Persisted;
  stores: SessionStores;
  /** how many pieces the stored tree has, to drop the extra ones when it shrinks */
  treePieces: number;
  /** when the alarm is set to fire (null: not set) */
  alarmAt: number | null;
}

export class SessionCore {
  private readonly pages: PageInfo[];
  private readonly loop: RerunLoop;
  /** per session: a browser (or a script) flooding frames is answered, not obeyed */
  private readonly limiter = new RateLimiter(200, 100);
  /** frames refused since this object woke, for log sampling */
  private refused = 0;
  /** the page's timed fragments (st.fragment runEvery) */
  private readonly timers: FragmentTimers;
  /** the last run's timed fragments, to arm them again when a timer fires during a run */
  private timed: ReadonlyMap<string, number> | undefined;
  /** when the session is written: at once, or when a burst of runs ends */
  private readonly writes: WriteBehind;
  /** audit events recorded by runs and not yet in storage */
  private unwritten: AuditEvent[] = [];

  private constructor(
    private readonly ctx: DurableObjectState,
    private readonly config: SessionConfig,
    private live: LiveSession,
    private readonly outbox: Outbox,
  ) {
    const { app } = config;
    this.pages = pageInfos(app);
    this.writes = new WriteBehind(config.writeWindowMs, (afterRun) => this.persist(afterRun), () => this.loop.running);
    this.timers = new FragmentTimers((id) => {
      // A tick never interrupts a run: it waits for the next one (whose end re-arms it).
      if (this.loop.running || !this.connected()) return this.timers.sync(this.timed, this.connected());
      void this.submit({ ...emptyInput(), fragments: new Set([id]) });
    });
    this.loop = new RerunLoop(async (input, register) => {
      const { data, stores } = this.live;
      const deps = {
        app,
        pages: this.pages,
        session: data,
        stores,
        user: data.identity?.email ?? null,
        identity: data.identity,
        context: data.context,
        activity: (limit: number, current: readonly AuditEvent[]) => this.activity(limit, current),
        env: this.config.env as Readonly<Record<string, unknown>>,
        send: (m: ServerMsg) => this.broadcast(m),
      };
      const result = await executeRun(deps, input, register);
      this.timed = result.timed;
      this.timers.sync(this.timed, this.connected());
      this.live.data.lastActive = Date.now();
      this.unwritten.push(...(result.events ?? []));
      // audit events are stored at once; the rest may wait for the burst to end
      await this.writes.ran(this.unwritten.length > 0);
      return result;
    });
  }

  static async load(ctx: DurableObjectState, app: App, env: AuditEnv, options: SessionOptions): Promise<SessionCore> {
    const { data, pieces } = await loadSession(ctx.storage, freshSession(app.home.path, DEFAULT_CONFIG));
    const files = await SessionFiles.load(ctx.storage, options.maxUploadBytes);
    const live: LiveSession = { data, stores: storesOf(data, files), treePieces: pieces, alarmAt: await ctx.storage.getAlarm() };
    const outbox = await Outbox.load(ctx.storage, retryPolicyOf(env));
    return new SessionCore(ctx, { app, env, ...options }, live, outbox);
  }

  /**
   * An upload for one of the page's file uploaders (durable/files/upload.ts). Only the
   * session's owner may upload: the Worker names sessions by identity, so another
   * identity's request reaches a session with no owner, which refuses it.
   */
  async upload(request: Request, widget: string): Promise<Response> {
    const refusal = this.refuseHttp(request);
    if (refusal) {
      await discardBody(request);
      return refusal;
    }
    return receiveUpload(request, widget, this.live.stores.meta[widget], this.live.stores.files);
  }

  /** A download's, an image's or an upload's bytes (durable/files/serve.ts), for the session's owner. */
  media(request: Request, ref: string): Response {
    return this.refuseHttp(request) ?? serveMedia(request, ref, this.live.stores.files);
  }

  private refuseHttp(request: Request): Response | null {
    const identity = identityOf(request);
    if (identity && this.live.data.owner !== null && this.live.data.owner === identityKey(identity)) return null;
    console.warn(`edgelit: session ${this.live.data.id.slice(0, 8) || "(new)"}… refused an HTTP request from ${identity ? "another identity" : "no identity"}`);
    return new Response("This session is not yours, or it does not exist (open the page first).", { status: 403 });
  }

  /** A browser connects (or reconnects): it gets the whole tree, then the page runs. */
  connect(request: Request): Response {
    // (the Worker only forwards WebSocket upgrades here, with the identity it verified)
    const url = new URL(request.url);
    const sessionId = url.searchParams.get("session") ?? "";
    const pagePath = url.searchParams.get("page") ?? "/";
    // the address bar's query string: a link with parameters opens the page with them
    const qs = url.searchParams.get("qs") ?? "";
    const qsProblem = queryProblem(qs);
    const identity = identityOf(request);
    if (!identity) return refuse("unauthorized", "No verified identity came with this connection.");
    const attachment = attachmentFor(identity);
    // The Worker names sessions by identity, so this holds by construction; checked again
    // here so a session can never be handed to someone else.
    if (this.live.data.owner !== null && this.live.data.owner !== attachment.owner) {
      console.error(`edgelit: session ${sessionId.slice(0, 8)}… refused a connection from another identity`);
      return refuse("unauthorized", "This session belongs to someone else.");
    }
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server);
    server.serializeAttachment(attachment);
    this.live.data.id ||= sessionId;
    this.live.data.owner = attachment.owner;
    this.live.data.identity = identity;
    this.live.data.context = contextOf(request);
    const page = this.config.app.find(pagePath)?.path ?? this.config.app.home.path;
    send(server, {
      t: "hello",
      session: this.live.data.id,
      pages: this.pages,
      // the page being opened; until its run ends the browser shows the last tree (faded)
      page,
      config: this.live.data.config,
      tree: this.live.data.tree,
      // the run this connection starts (below), so the browser knows the tree it got is
      // about to change — until that run's `done` the page is not yet what this tab shows
      running: this.loop.running ? this.live.data.run : this.live.data.run + 1,
      who: { kind: identity.kind, email: identity.email },
      ack: this.live.data.ack,
      seen: this.live.data.seen,
    });
    if (qsProblem) {
      // refused, but the session opens: the page runs without the parameters
      console.warn(`edgelit: session ${this.live.data.id.slice(0, 8)}… refused a connection's query string: ${qsProblem}`);
      send(server, { t: "error", code: "too_large", message: `The address's query parameters were not used: ${qsProblem}.` });
    }
    this.submit({ ...emptyInput(), page, query: qsProblem ? "" : qs });
    return new Response(null, { status: 101, webSocket: client });
  }

  /** A browser went away: with none left, timed fragments stop until one connects again. */
  disconnected(): void {
    this.timers.sync(this.timed, this.connected());
  }

  /** a run's state waits for its burst to end before it is written, for tests @internal */
  get writeWaiting(): boolean {
    return this.writes.waiting;
  }

  /** the fragments whose timers are armed, for tests @internal */
  get timedFragments(): string[] {
    return this.timers.armed;
  }

  private connected(): boolean {
    return this.ctx.getWebSockets().some((ws) => ws.readyState === WebSocket.OPEN);
  }

  /** A frame from a browser: parsed, validated against the widgets on the page, run. */
  async receive(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    if (tokenExpired(ws, Date.now())) {
      send(ws, { t: "error", code: "unauthorized", message: "Your Cloudflare Access sign-in has expired." });
      ws.close(CLOSE.reauthenticate, "Access token expired");
      return;
    }
    let msg: ClientMsg | null = null;
    let input: RunInput;
    try {
      msg = parseClientMsg(raw);
      // A resent input (after a reconnect) that arrived the first time: already counted.
      if (msg.re === 1 && msg.n !== undefined && msg.n <= this.live.data.seen) return;
      if (msg.n !== undefined) this.live.data.seen = Math.max(this.live.data.seen, msg.n);
      if (!this.limiter.take()) {
        throw new ProtocolError("rate_limited", "Too many messages: this one was dropped. Slow down a little.", undefined, msg.t === "rows" ? msg.q : undefined);
      }
      // A window of a dataframe's rows: answered from the data shelf, no run.
      if (msg.t === "rows") {
        send(ws, await answerRows(this.live.stores.data, this.ctx.storage, msg));
        return;
      }
      input = toRunInput(msg, this.live.stores, this.config.app);
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      // Logged, but not 10,000 times for a flood: the first few, then every hundredth.
      if (++this.refused <= 5 || this.refused % 100 === 0) {
        console.warn(`edgelit: session ${this.live.data.id.slice(0, 8)}… refused frame #${this.refused}: ${error.code}: ${error.message.slice(0, 200)}`);
      }
      send(ws, { ...error.frame(), ...(msg?.n !== undefined ? { n: msg.n } : {}) });
      return;
    }
    await this.submit(input);
  }

  /**
   * The alarm: deliver the audit outbox when it is due, and expire the session (close its
   * sockets, delete its storage) when it has been idle for the ttl — keeping any audit
   * events not yet delivered, so expiry never loses one.
   */
  async alarm(): Promise<void> {
    this.live.alarmAt = null; // it just fired
    try {
      if (deliveryIsDue(this.outbox.due(Date.now()), Date.now())) {
        await this.outbox.deliver(this.ctx.storage, this.config.env, backlogReporter(this.config.env, this.live.data.id, deadlineOf(this.config.env)));
      }
      if (Date.now() + EARLY_TOLERANCE_MS >= this.live.data.lastActive + this.config.idleTtlMs && !this.loop.running && this.live.data.run > 0) await this.expire();
    } finally {
      // Whatever happened above, the next alarm is set while events wait: a delivery that
      // failed has a retry time, and one that threw is retried at the outbox's retry time.
      await this.scheduleAlarm();
    }
  }

  /** For tests and diagnostics. @internal */
  get snapshot(): Readonly<Persisted> {
    return this.live.data;
  }

  /** The audit outbox's state, for tests and diagnostics. @internal */
  get auditStatus(): Readonly<OutboxStatus> {
    return this.outbox.status;
  }

  private async activity(limit: number, current: readonly AuditEvent[]): Promise<Activity> {
    const waiting = await this.outbox.waiting(this.ctx.storage, limit);
    return sessionActivity(this.config.env, this.live.data.id, [...current, ...waiting], limit);
  }

  private async expire(): Promise<void> {
    this.timers.stop();
    this.writes.cancel();
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.close(CLOSE.expired, "Session expired after inactivity");
      } catch {
        // already closing
      }
    }
    if (this.outbox.holdsEvents) {
      await this.live.stores.files.dropAll();
      await deleteSession(this.ctx.storage, this.live.treePieces);
    } else await this.ctx.storage.deleteAll();
    const data = freshSession(this.config.app.home.path, DEFAULT_CONFIG);
    // every file was just deleted: nothing to read back
    const files = SessionFiles.empty(this.ctx.storage, this.config.maxUploadBytes);
    this.live = { data, stores: storesOf(data, files), treePieces: 0, alarmAt: null };
    this.outbox.reset();
  }

  private async scheduleAlarm(): Promise<void> {
    const at = planAlarm({
      now: Date.now(),
      current: this.live.alarmAt,
      idleDue: this.live.data.run > 0 ? this.live.data.lastActive + this.config.idleTtlMs : Infinity,
      deliveryDue: this.outbox.due(Date.now()),
      idleTtlMs: this.config.idleTtlMs,
    });
    if (at === null || !Number.isFinite(at)) return;
    await this.ctx.storage.setAlarm(at);
    this.live.alarmAt = at;
  }

  private submit(input: RunInput): Promise<void> {
    return this.loop.submit(input).catch((error: unknown) => {
      console.error("edgelit: the rerun loop failed", error);
    });
  }

  /** Stores the session and the audit events runs recorded in one atomic put, then arms the alarm. */
  private async persist(afterRun: boolean): Promise<void> {
    // The run's frames are queued; SQLite work is synchronous on this thread, so writing now
    // would hold them back. Let them leave, then write. The cost: if the object dies in that
    // gap, the browser has seen a run whose state is not stored — on reconnect it gets the
    // stored tree back, exactly as if that run had been interrupted. (A write when a window
    // ends has no frames waiting, and must not yield: a run starting then would be stored
    // half done.)
    if (afterRun) await new Promise((resolve) => setTimeout(resolve, 0));
    const events = this.unwritten;
    this.unwritten = [];
    this.live.data.state = this.live.stores.state.snapshot();
    // New dataframe data is stored before the record that lists it; data no table names any
    // more is deleted after the record that no longer lists it.
    const drop = await this.live.stores.data.sync(this.ctx.storage, namedData(this.live.data.tree.roots));
    this.live.treePieces = await saveSession(this.ctx.storage, this.live.data, this.live.treePieces, this.outbox.take(events));
    for (const batch of inBatches(drop)) await this.ctx.storage.delete(batch);
    await this.scheduleAlarm();
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

function storesOf(data: Persisted, files: SessionFiles): SessionStores {
  return { widgets: data.widgets, meta: data.meta, state: new SessionState(data.state), callbacks: new Map(), files, data: new DataShelf(data.data), fragments: noFragments() };
}

function send(ws: WebSocket, msg: ServerMsg): void {
  ws.send(JSON.stringify(msg));
}
