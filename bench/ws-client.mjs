/**
 * A minimal session client for benchmarks: connects like the browser (session id, page,
 * same Origin), keeps every frame with its arrival time, and waits for messages.
 */
import { randomBytes } from "node:crypto";
import WebSocket from "ws";

export class BenchClient {
  /** @param {string} url ws:// URL  @param {string} origin */
  static open(url, origin) {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers: { Origin: origin }, perMessageDeflate: false });
      const client = new BenchClient(ws);
      ws.once("open", () => resolve(client));
      ws.once("error", reject);
    });
  }

  static session(base, page = "/") {
    const id = randomBytes(16).toString("hex");
    return BenchClient.open(`${base.replace(/^http/, "ws")}/_stcore/stream?session=${id}&page=${encodeURIComponent(page)}`, base);
  }

  constructor(ws) {
    this.ws = ws;
    /** @type {{ text: string, bytes: number, msg: any }[]} */
    this.frames = [];
    this.waiters = [];
    ws.on("message", (data, isBinary) => {
      const text = isBinary ? "" : data.toString("utf8");
      let msg = null;
      try {
        msg = JSON.parse(text);
      } catch {
        // "pong" or an echo that is not JSON
      }
      this.frames.push({ text, bytes: data.length, msg });
      for (const w of this.waiters.splice(0)) w();
    });
  }

  send(obj) {
    this.ws.send(typeof obj === "string" ? obj : JSON.stringify(obj));
  }

  /** Resolves with the first frame from index `from` on that satisfies pred. */
  async next(pred, from = 0, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.frames.findIndex((f, j) => j >= from && pred(f));
      if (i >= 0) return { frame: this.frames[i], index: i };
      if (Date.now() > deadline) throw new Error("bench client: timed out waiting for a frame");
      await new Promise((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  close() {
    this.ws.close(1000);
  }
}

/** Finds a node in a tree by kind and label. */
export function findNode(tree, kind, label) {
  const walk = (n) => (n.k === kind && n.p.label === label ? n : (n.c ?? []).map(walk).find(Boolean));
  return tree.roots.map(walk).find(Boolean);
}
