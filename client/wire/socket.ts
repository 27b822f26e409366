/**
 * The session WebSocket: connect, heartbeat, reconnect with backoff and jitter. It moves
 * text frames and reports when the line goes down; it knows nothing of messages' meaning
 * or of rendering. Nothing is queued while down: after a reconnect the server's `hello`
 * repaints everything, so replaying old input blindly could only do harm.
 */
import { CLOSE, PING, PONG } from "../../protocol/messages";

export interface SocketHooks {
  /** the address to dial, read at every attempt (session id and page may have changed) */
  url(): string;
  /** every frame except the heartbeat answer */
  text(data: string): void;
  /** the socket went down; `refused` is the server's reason when it refused us (1008) */
  down(refused: string | null): void;
  /** the server forgot this session: make a new id before the immediate redial */
  expired(): void;
}

const PING_EVERY_MS = 25_000;
const PONG_WITHIN_MS = 10_000;
const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 4_000;

/** Delay before reconnect attempt `attempt` (0-based): exponential, capped, jittered ×0.5–1.5. */
export function backoff(attempt: number, random: () => number = Math.random): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt) * (0.5 + random());
}

export class Socket {
  private ws: WebSocket | null = null;
  private attempt = 0;
  /** set after a 4000 close until the next hello, so a server that keeps expiring us is not hammered */
  private justExpired = false;
  private beat: ReturnType<typeof setInterval> | undefined;
  private pongDue: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly hooks: SocketHooks) {}

  start(): void {
    // Back online after a network loss: don't sit out the rest of a backoff delay.
    addEventListener("online", () => {
      if (this.retry !== undefined) this.redial(0);
    });
    this.connect();
  }

  isOpen(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  /** Sends a frame if the socket is open; returns false (and drops it) otherwise. */
  send(text: string): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(text);
    return true;
  }

  /** The server greeted us, so the line is good: the next loss starts backoff afresh. */
  greeted(): void {
    this.attempt = 0;
    this.justExpired = false;
  }

  /** Drops the connection and dials again (after backoff), for a fresh `hello`. */
  restart(): void {
    const ws = this.ws;
    if (!ws) return;
    ws.close();
    this.lost(ws, 1000, "");
  }

  private connect(): void {
    this.retry = undefined;
    const ws = new WebSocket(this.hooks.url());
    this.ws = ws;
    ws.onopen = () => this.startHeartbeat(ws);
    ws.onmessage = (e: MessageEvent) => {
      if (typeof e.data !== "string") return;
      if (e.data === PONG) {
        clearTimeout(this.pongDue);
        this.pongDue = undefined;
      } else this.hooks.text(e.data);
    };
    // `error` is always followed by `close`, which carries the code we act on.
    ws.onclose = (e: CloseEvent) => this.lost(ws, e.code, e.reason);
  }

  private startHeartbeat(ws: WebSocket): void {
    this.beat = setInterval(() => {
      if (!this.send(PING) || this.pongDue !== undefined) return;
      this.pongDue = setTimeout(() => {
        // A dead TCP connection can take minutes to report `close`; give up on it now.
        ws.close();
        this.lost(ws, 1006, "");
      }, PONG_WITHIN_MS);
    }, PING_EVERY_MS);
  }

  private lost(ws: WebSocket, code: number, reason: string): void {
    if (ws !== this.ws) return; // a late close of a socket we already gave up on
    ws.onopen = ws.onmessage = ws.onclose = null;
    this.ws = null;
    clearInterval(this.beat);
    clearTimeout(this.pongDue);
    this.pongDue = undefined;

    if (code === CLOSE.reauthenticate) {
      // The Access sign-in expired: a full load goes through Access again; the tab's session
      // id is in sessionStorage, so the session resumes.
      location.reload();
      return;
    }
    if (code === CLOSE.expired && !this.justExpired) {
      this.justExpired = true;
      this.hooks.expired();
      this.hooks.down(null);
      this.redial(0);
      return;
    }
    const refused = code === CLOSE.refused;
    this.hooks.down(refused ? reason || "the server refused the connection" : null);
    this.redial(refused ? backoff(Infinity) : backoff(this.attempt++));
  }

  private redial(delay: number): void {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.connect(), delay);
  }
}
