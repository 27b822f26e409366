/**
 * The session socket: reconnects with backoff and jitter, the heartbeat, and what each close
 * code makes it do — against a fake WebSocket put on globalThis, with fake timers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backoff, Socket, type SocketHooks } from "../../client/wire/socket";

class FakeWebSocket {
  static readonly OPEN = 1;
  static all: FakeWebSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onclose: ((e: { code: number; reason: string }) => void) | null = null;

  constructor(readonly url: string) {
    FakeWebSocket.all.push(this);
  }
  send(text: string) {
    this.sent.push(text);
  }
  close() {
    this.closed = true;
    this.readyState = 3;
  }
  // the server's side
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(data: unknown) {
    this.onmessage?.({ data });
  }
  drop(code: number, reason = "") {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

const latest = () => FakeWebSocket.all[FakeWebSocket.all.length - 1]!;
const dials = () => FakeWebSocket.all.length;

let online: (() => void) | undefined;
const reload = vi.fn();

function started(random = 0.5) {
  vi.spyOn(Math, "random").mockReturnValue(random);
  const hooks = {
    url: vi.fn(() => `ws://test/_stcore/stream?attempt=${dials()}`),
    text: vi.fn(),
    down: vi.fn(),
    expired: vi.fn(),
  } satisfies SocketHooks;
  const socket = new Socket(hooks);
  socket.start();
  return { socket, hooks };
}

/** Opens the latest socket and has the server greet it. */
function greet(socket: Socket) {
  latest().open();
  socket.greeted();
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.all = [];
  online = undefined;
  reload.mockReset();
  vi.stubGlobal("WebSocket", FakeWebSocket);
  vi.stubGlobal("location", { reload });
  vi.stubGlobal("addEventListener", (type: string, fn: () => void) => {
    if (type === "online") online = fn;
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("backoff", () => {
  const middle = () => 0.5;

  it("starts at 250 ms and doubles with each attempt", () => {
    expect([0, 1, 2, 3].map((a) => backoff(a, middle))).toEqual([250, 500, 1000, 2000]);
  });

  it("is capped at 4 s however many attempts failed", () => {
    expect(backoff(4, middle)).toBe(4000);
    expect(backoff(30, middle)).toBe(4000);
    expect(backoff(Infinity, middle)).toBe(4000);
  });

  it("jitters each delay between half and one and a half times, so tabs do not redial in step", () => {
    expect(backoff(0, () => 0)).toBe(125);
    expect(backoff(0, () => 0.999)).toBeCloseTo(374.75);
    expect(backoff(10, () => 0)).toBe(2000);
    expect(backoff(10, () => 0.999)).toBeCloseTo(5996);
    for (let i = 0; i < 200; i++) {
      const d = backoff(2);
      expect(d).toBeGreaterThanOrEqual(500);
      expect(d).toBeLessThan(1500);
    }
  });
});

describe("reconnecting", () => {
  it("dials the address the hook gives, at every attempt", () => {
    const { hooks } = started();
    latest().drop(1006);
    vi.advanceTimersByTime(250);
    expect(hooks.url).toHaveBeenCalledTimes(2);
    expect(FakeWebSocket.all.map((w) => w.url)).toEqual(["ws://test/_stcore/stream?attempt=0", "ws://test/_stcore/stream?attempt=1"]);
  });

  it("says the line is down and redials after a growing delay", () => {
    const { hooks } = started();
    latest().drop(1006);
    expect(hooks.down).toHaveBeenLastCalledWith(null);
    vi.advanceTimersByTime(249);
    expect(dials()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(dials()).toBe(2);
    latest().drop(1006);
    vi.advanceTimersByTime(499);
    expect(dials()).toBe(2);
    vi.advanceTimersByTime(1);
    expect(dials()).toBe(3);
  });

  it("keeps backing off for a socket that opens but is never greeted", () => {
    started();
    for (const wait of [250, 500, 1000, 2000, 4000, 4000]) {
      latest().open();
      latest().drop(1006);
      vi.advanceTimersByTime(wait - 1);
      const before = dials();
      vi.advanceTimersByTime(1);
      expect(dials()).toBe(before + 1);
    }
  });

  it("starts backoff afresh after a hello", () => {
    const { socket } = started();
    latest().drop(1006);
    vi.advanceTimersByTime(250);
    latest().drop(1006);
    vi.advanceTimersByTime(500);
    greet(socket);
    latest().drop(1006);
    vi.advanceTimersByTime(250);
    expect(dials()).toBe(4);
  });

  it("redials at once when the browser comes back online", () => {
    started();
    latest().drop(1006);
    latest().drop(1006); // a late close of the socket it gave up on changes nothing
    online!();
    vi.advanceTimersByTime(0);
    expect(dials()).toBe(2);
  });

  it("ignores coming online while connected", () => {
    const { socket } = started();
    greet(socket);
    online!();
    vi.advanceTimersByTime(10_000);
    expect(dials()).toBe(1);
  });

  it("drops and redials on restart, for a fresh hello", () => {
    const { socket, hooks } = started();
    greet(socket);
    const first = latest();
    socket.restart();
    expect(first.closed).toBe(true);
    expect(hooks.down).toHaveBeenCalledWith(null);
    vi.advanceTimersByTime(250);
    expect(dials()).toBe(2);
  });
});

describe("frames", () => {
  it("passes text frames on, but not the heartbeat's answer or binary data", () => {
    const { socket, hooks } = started();
    greet(socket);
    latest().receive('{"t":"run","run":1,"page":"/"}');
    latest().receive("pong");
    latest().receive(new ArrayBuffer(2));
    expect(hooks.text.mock.calls).toEqual([['{"t":"run","run":1,"page":"/"}']]);
  });

  it("sends only while open, and says when a frame was dropped", () => {
    const { socket } = started();
    expect(socket.isOpen()).toBe(false);
    expect(socket.send("x")).toBe(false);
    latest().open();
    expect(socket.isOpen()).toBe(true);
    expect(socket.send("y")).toBe(true);
    expect(latest().sent).toEqual(["y"]);
    latest().drop(1006);
    expect(socket.send("z")).toBe(false);
  });
});

describe("the heartbeat", () => {
  it("pings every 25 s and stays up while pongs come back", () => {
    const { socket, hooks } = started();
    greet(socket);
    for (let beat = 1; beat <= 3; beat++) {
      vi.advanceTimersByTime(beat === 1 ? 25_000 : 20_000);
      expect(latest().sent.filter((s) => s === "ping")).toHaveLength(beat);
      vi.advanceTimersByTime(5_000);
      latest().receive("pong");
    }
    vi.advanceTimersByTime(20_000);
    expect(hooks.down).not.toHaveBeenCalled();
  });

  it("gives up on a line whose pong does not come within 10 s", () => {
    const { socket, hooks } = started();
    greet(socket);
    const silent = latest();
    vi.advanceTimersByTime(25_000 + 9_999);
    expect(hooks.down).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(silent.closed).toBe(true);
    expect(hooks.down).toHaveBeenCalledWith(null);
    vi.advanceTimersByTime(250);
    expect(dials()).toBe(2);
  });

  it("stops beating when the line is down", () => {
    const { socket } = started();
    greet(socket);
    const old = latest();
    old.drop(1006);
    vi.advanceTimersByTime(60_000);
    expect(old.sent).toEqual([]);
  });
});

describe("close codes", () => {
  it("refused (1008): shows the server's reason and waits the longest delay before trying again", () => {
    const { hooks } = started();
    latest().drop(1008, "bad origin");
    expect(hooks.down).toHaveBeenCalledWith("bad origin");
    vi.advanceTimersByTime(3_999);
    expect(dials()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(dials()).toBe(2);
  });

  it("refused without a reason still says it was refused", () => {
    const { hooks } = started();
    latest().drop(1008);
    expect(hooks.down).toHaveBeenCalledWith("the server refused the connection");
  });

  it("reauthenticate (4001): reloads the page to pass Cloudflare Access again, and does not redial", () => {
    const { socket, hooks } = started();
    greet(socket);
    latest().drop(4001);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(hooks.down).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(dials()).toBe(1);
  });

  it("expired (4000): asks for a fresh session and redials at once", () => {
    const { socket, hooks } = started();
    greet(socket);
    latest().drop(4000);
    expect(hooks.expired).toHaveBeenCalledTimes(1);
    expect(hooks.down).toHaveBeenCalledWith(null);
    vi.advanceTimersByTime(0);
    expect(dials()).toBe(2);
  });

  it("expired again before any hello: backs off instead of hammering a server that keeps expiring it", () => {
    const { socket, hooks } = started();
    greet(socket);
    latest().drop(4000);
    vi.advanceTimersByTime(0);
    latest().drop(4000);
    expect(hooks.expired).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(249);
    expect(dials()).toBe(2);
    vi.advanceTimersByTime(1);
    expect(dials()).toBe(3);
    greet(socket);
    latest().drop(4000);
    expect(hooks.expired).toHaveBeenCalledTimes(2);
  });
});
