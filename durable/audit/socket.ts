/**
 * The WebSocket the Neon driver speaks Postgres through, made safe to lose.
 *
 * The driver writes on a timer (it coalesces writes) and on `destroy()`, without checking
 * whether its socket has closed meanwhile: when Postgres goes away under a live connection,
 * each of those writes threw `Can't call WebSocket send() after close()` as an uncaught
 * error. Here a write to a closing or closed socket is dropped — the close event has
 * already failed whatever query was waiting. Each socket also joins a scope, so the caller
 * can close every socket one database call opened, whatever state the driver is in.
 */
export type SocketScope = Set<ScopedSocket>;

export class ScopedSocket {
  private readonly ws: WebSocket;

  constructor(url: string, private readonly scope: SocketScope) {
    this.ws = new WebSocket(url);
    scope.add(this);
    this.ws.addEventListener("close", () => scope.delete(this));
  }

  get readyState(): number {
    return this.ws.readyState;
  }
  get binaryType(): string {
    return this.ws.binaryType;
  }
  set binaryType(type: "arraybuffer" | "blob") {
    this.ws.binaryType = type;
  }

  addEventListener(type: string, listener: (event: Event) => void): void {
    this.ws.addEventListener(type as "message", listener as (event: MessageEvent) => void);
  }
  removeEventListener(type: string, listener: (event: Event) => void): void {
    this.ws.removeEventListener(type as "message", listener as (event: MessageEvent) => void);
  }

  send(data: ArrayBuffer | ArrayBufferView | string): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    try {
      this.ws.send(data);
    } catch {
      // closed between the check and the write: the close event reports it
    }
  }

  close(code?: number, reason?: string): void {
    this.scope.delete(this);
    // A socket still opening can't be closed yet (workerd logs it as an error): close it the
    // moment it opens, if it ever does.
    if (this.ws.readyState === WebSocket.CONNECTING) {
      this.ws.addEventListener("open", () => this.close(code, reason));
      return;
    }
    try {
      this.ws.close(code, reason);
    } catch {
      // already closed
    }
  }
}

/** A constructor the driver can `new` with just a URL, bound to one scope. */
export function socketsIn(scope: SocketScope): new (url: string) => ScopedSocket {
  return class extends ScopedSocket {
    constructor(url: string) {
      super(url, scope);
    }
  };
}
