/**
 * Windows of dataframe rows, asked for over the session socket. Not input: not numbered,
 * not shown by the store, never queued — a request made while the socket is down fails at
 * once, and one in flight when it goes down fails too, so the table asks again after the
 * reconnect. Each request has its own number `q`, echoed by the answer or the error frame.
 */
import type { Cell, Sort } from "../../protocol/data";
import type { ServerMsg } from "../../protocol/messages";

export interface Window {
  from: number;
  rows: Cell[][];
  idx: number[];
}

export interface RowsChannel {
  request(data: string, from: number, to: number, sort: Sort | null): Promise<Window>;
}

interface Line {
  send(text: string): boolean;
}

export class Rows implements RowsChannel {
  private q = 0;
  private readonly waiting = new Map<number, { resolve(w: Window): void; reject(e: Error): void }>();

  constructor(private readonly line: Line) {}

  request(data: string, from: number, to: number, sort: Sort | null): Promise<Window> {
    const q = ++this.q;
    return new Promise<Window>((resolve, reject) => {
      const msg = { t: "rows", data, from, to, q, ...(sort ? { sort } : {}) };
      if (!this.line.send(JSON.stringify(msg))) return reject(new Error("offline"));
      this.waiting.set(q, { resolve, reject });
    });
  }

  /** True when the frame was an answer (or refusal) of a rows request: it is handled here. */
  receive(msg: ServerMsg): boolean {
    if (msg.t === "rows") {
      this.waiting.get(msg.q)?.resolve({ from: msg.from, rows: msg.rows, idx: msg.idx });
      this.waiting.delete(msg.q);
      return true;
    }
    if (msg.t === "error" && msg.q !== undefined) {
      console.warn(`edgelit: the server refused a rows request (${msg.code}): ${msg.message}`);
      this.waiting.get(msg.q)?.reject(new Error(msg.message));
      this.waiting.delete(msg.q);
      return true;
    }
    return false;
  }

  /** The socket went down: nothing in flight will be answered. */
  down(): void {
    for (const w of this.waiting.values()) w.reject(new Error("offline"));
    this.waiting.clear();
  }
}
