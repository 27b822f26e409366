/**
 * Lean clients for the load bench: thousands live in one process, so each keeps no frame
 * history — only the text received since its last send, to check the value it got back.
 *  - PageSession: a session on a page, as the browser opens it; `interact(v)` moves the
 *    page's first slider and resolves at the `done` frame that acks it.
 *  - EchoSession: the bare echo Durable Object (bench/worker.ts), the floor.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import WebSocket from "ws";

const TIMEOUT_MS = Number(process.env.LOAD_TIMEOUT_MS ?? 10_000);

/**
 * Connects and builds the client on the socket before it opens: frames that arrive in the
 * same read as the upgrade response are emitted right after "open", before a promise
 * continuation could attach a listener.
 */
function connect(url, origin, make) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { Origin: origin }, perMessageDeflate: false });
    const client = make(ws);
    ws.once("open", () => resolve(client));
    ws.once("error", reject);
  });
}

class Pending {
  constructor() {
    this.promise = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
}

export class PageSession {
  /** @param {string} base http://host:port  @param {string} path the page */
  static async open(base, path = "/") {
    const id = randomBytes(16).toString("hex");
    const s = await connect(`${base.replace(/^http/, "ws")}/_stcore/stream?session=${id}&page=${encodeURIComponent(path)}`, base, (ws) => new PageSession(ws));
    await s.ready;
    return s;
  }

  constructor(ws) {
    this.ws = ws;
    this.n = 0; // input numbers, as the browser numbers them (protocol/input.ts)
    this.first = new Pending();
    /** settles at the first run's `done` (`first` is dropped then; this stays) */
    this.ready = this.first.promise;
    this.ready.catch(() => {}); // a failed connect rejects it with nobody waiting yet
    this.waiting = null; // { n, t0, text, pending, timer }
    this.closed = false;
    this.sliderId = null;
    this.value = null;
    this.timer = setTimeout(() => this.fail(new Error("no first run within the timeout")), TIMEOUT_MS);
    ws.on("message", (data) => this.onFrame(data.toString("utf8")));
    failOnEnd(ws, this);
  }

  fail(error) {
    clearTimeout(this.timer);
    if (this.first) {
      this.first.reject(error);
      this.first = null;
    }
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w.pending.reject(error);
    }
  }

  onFrame(text) {
    if (this.waiting) this.waiting.text += text;
    if (!text.startsWith('{"t":"done"') && !text.includes('"t":"done"')) return;
    let msg;
    try {
      msg = JSON.parse(text);
    } catch {
      return;
    }
    if (msg.t !== "done") return;
    if (this.first) {
      clearTimeout(this.timer);
      const op = (msg.ops ?? []).find((o) => o[0] === "s" && o[2]?.k === "slider");
      this.sliderId = op?.[2].p.id ?? null;
      this.value = op?.[2].p.value ?? null;
      this.range = op ? [op[2].p.min, op[2].p.max] : null;
      this.first.resolve(msg);
      this.first = null;
      return;
    }
    const w = this.waiting;
    if (w && (msg.ack ?? 0) >= w.n) {
      clearTimeout(this.timer);
      this.waiting = null;
      w.pending.resolve({ latency: performance.now() - w.t0, text: w.text, status: msg.status });
    }
  }

  /** Moves the slider to v; resolves with { latency, text, status } at the acking `done`. */
  interact(v) {
    if (this.closed) return Promise.reject(new Error("socket closed"));
    if (!this.sliderId) return Promise.reject(new Error("no slider on this page"));
    const pending = new Pending();
    this.waiting = { n: ++this.n, t0: performance.now(), text: "", pending };
    this.timer = setTimeout(() => this.fail(new Error("no done within the timeout")), TIMEOUT_MS);
    this.ws.send(JSON.stringify({ t: "widget", id: this.sliderId, v, n: this.n }));
    this.value = v;
    return pending.promise;
  }

  close() {
    return closeSocket(this.ws);
  }
}

export class EchoSession {
  static async open(base) {
    return connect(`${base.replace(/^http/, "ws")}/_bench/echo?id=${randomBytes(8).toString("hex")}`, base, (ws) => new EchoSession(ws));
  }

  constructor(ws) {
    this.ws = ws;
    this.n = 0;
    this.waiting = null;
    this.closed = false;
    this.value = 22;
    ws.on("message", (data) => {
      const w = this.waiting;
      if (w && data.toString("utf8") === w.msg) {
        clearTimeout(this.timer);
        this.waiting = null;
        w.pending.resolve({ latency: performance.now() - w.t0, text: "" });
      }
    });
    failOnEnd(ws, this);
  }

  fail(error) {
    clearTimeout(this.timer);
    const w = this.waiting;
    this.waiting = null;
    w?.pending.reject(error);
  }

  /** The same frame a slider move sends; resolves when it comes back. */
  interact(v) {
    if (this.closed) return Promise.reject(new Error("socket closed"));
    const pending = new Pending();
    const msg = JSON.stringify({ t: "widget", id: "w1q2w3e4r5t6y", v, n: ++this.n });
    this.waiting = { msg, t0: performance.now(), pending };
    this.timer = setTimeout(() => this.fail(new Error("no echo within the timeout")), TIMEOUT_MS);
    this.ws.send(msg);
    this.value = v;
    return pending.promise;
  }

  close() {
    return closeSocket(this.ws);
  }
}

/** A closed or failed socket fails whatever the session waits for, and no send is tried after. */
function failOnEnd(ws, session) {
  ws.on("close", () => {
    session.closed = true;
    session.fail(new Error("socket closed"));
  });
  ws.on("error", (e) => session.fail(e));
}

function closeSocket(ws) {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      ws.terminate();
      resolve();
    }, 5000);
    ws.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
    ws.close(1000);
  });
}

/** The temperature page's metric for v °C, as rendered (app/pages/rerun-model.ts). */
export const fahrenheit = (c) => `${((c * 9) / 5 + 32).toFixed(1)} °F`;

/** A whole slider value in [min, max] (default: the temperature page's -20..50) other than the last one. */
export function nextValue(last, [min, max] = [-20, 50]) {
  let v;
  do v = min + Math.floor(Math.random() * (max - min + 1));
  while (v === last && max > min);
  return v;
}

/** `n` moves one after another, each 10 ms after the last answer: a session refuses floods (~100 frames/s). */
export async function movesApart(session, n) {
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setTimeout(r, 10));
    await session.interact(nextValue(session.value));
  }
}
