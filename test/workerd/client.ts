/**
 * A headless protocol client for tests (LiveView ships one too): connects through the real
 * Worker, keeps the tree exactly as the browser does (hello, numbered inputs shown until
 * acknowledged, applyOps) and waits for runs.
 */
import { exports } from "cloudflare:workers";
import type { WireValue } from "../../protocol/elements";
import { type ClientMsg, type RunStatus, type ServerMsg, statusOf } from "../../protocol/messages";
import { applyInputs, PendingInputs, withInputs } from "../../protocol/input";
import { applyOps, type Node, type Tree } from "../../protocol/tree";

export const ORIGIN = "http://edgelit.test";

export function newSessionId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

type Done = Extract<ServerMsg, { t: "done" }>;

export class TestClient {
  readonly received: ServerMsg[] = [];
  /** raw text of every frame, for byte counts */
  readonly frames: string[] = [];
  /** the server's tree as the browser holds it */
  base!: Tree;
  readonly inputs = new PendingInputs();
  closed: { code: number; reason: string } | null = null;
  private waiters: (() => void)[] = [];

  private constructor(
    readonly ws: WebSocket,
    readonly session: string,
  ) {
    ws.addEventListener("message", (e) => {
      const text = typeof e.data === "string" ? e.data : new TextDecoder().decode(e.data as ArrayBuffer);
      this.frames.push(text);
      if (text === "pong") return;
      const msg = JSON.parse(text) as ServerMsg;
      if (msg.t === "hello") {
        this.base = msg.tree;
        for (const lost of this.inputs.greeted(msg.ack, msg.seen)) this.send(lost);
      }
      if (msg.t === "delta" || msg.t === "done") {
        if (msg.ack !== undefined) applyInputs(this.base, this.inputs.acknowledged(msg.ack));
        applyOps(this.base, msg.ops);
      }
      if (msg.t === "error" && msg.n !== undefined) this.inputs.forget(msg.n);
      this.received.push(msg);
      this.wake();
    });
    ws.addEventListener("close", (e) => {
      this.closed = { code: e.code, reason: e.reason };
      this.wake();
    });
  }

  /** `query`: the address bar's query string, as the browser sends it (`qs`) */
  static async connect(page = "/", session = newSessionId(), origin = ORIGIN, headers: Record<string, string> = {}, query?: string): Promise<TestClient> {
    const url = `${ORIGIN}/_stcore/stream?session=${session}&page=${encodeURIComponent(page)}${query !== undefined ? `&qs=${encodeURIComponent(query)}` : ""}`;
    const res = await exports.default.fetch(url, { headers: { Upgrade: "websocket", Origin: origin, ...headers } });
    if (res.status !== 101 || !res.webSocket) throw new Error(`upgrade failed: ${res.status} ${await res.text()}`);
    res.webSocket.accept();
    return new TestClient(res.webSocket, session);
  }

  /** What the browser shows: the server's tree with unacknowledged input over it. */
  get tree(): Tree {
    return withInputs(this.base, this.inputs.overlay());
  }

  /** Sends a raw frame as is, or a message numbered as the browser numbers it. */
  send(msg: ClientMsg | string): void {
    this.ws.send(typeof msg === "string" ? msg : JSON.stringify(msg.n === undefined ? this.inputs.number(msg) : msg));
  }

  /** Waits for the first message (from index `from`) matching `pred`. */
  async next<T extends ServerMsg>(pred: (m: ServerMsg) => m is T, from = 0, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(from).find(pred);
      if (found) return found;
      if (this.closed) throw new Error(`socket closed (${this.closed.code} ${this.closed.reason}) while waiting`);
      if (Date.now() > deadline) throw new Error(`timed out; received: ${JSON.stringify(this.received.map((m) => m.t))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** The next run to finish after message index `from` (default: any new one). */
  done(from = this.received.length, status?: RunStatus): Promise<Done> {
    return this.next((m): m is Done => m.t === "done" && (status === undefined || statusOf(m) === status), from);
  }

  /** Sends a message and waits for the run it causes to finish successfully. */
  async act(msg: ClientMsg): Promise<Done> {
    const from = this.received.length;
    this.send(msg);
    return this.done(from, "ok");
  }

  /** Sets a widget found by its label and waits for the run. */
  set(label: string, v: WireValue): Promise<Done> {
    return this.act({ t: "widget", id: this.widget(label).p.id as string, v });
  }

  click(label: string): Promise<Done> {
    return this.set(label, true);
  }

  /** The first node whose props.label is `label`. */
  widget(label: string): Node {
    const found = this.all().find((n) => n.p.label === label);
    if (!found) throw new Error(`no widget labelled "${label}" in ${JSON.stringify(this.tree)}`);
    return found;
  }

  /** Every node, depth first. */
  all(): Node[] {
    const out: Node[] = [];
    const walk = (n: Node) => {
      out.push(n);
      n.c?.forEach(walk);
    };
    this.tree.roots.forEach(walk);
    return out;
  }

  /** Text content of text-like elements, in order. */
  texts(): string[] {
    return this.all().flatMap((n) => {
      const p = n.p as Record<string, string>;
      if (n.k === "alert" || n.k === "markdown") return [p.html!.replace(/<[^>]+>/g, "").trim()];
      if (n.k === "metric") return [`${p.label}: ${p.value}`];
      if (n.k === "exception") return [`${p.name}: ${p.message}`];
      return p.text !== undefined ? [p.text] : [];
    });
  }

  close(): void {
    this.ws.close(1000, "done");
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }
}
