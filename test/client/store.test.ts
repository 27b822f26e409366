/**
 * The store's merge: frames from the server applied to its copy of the tree, with the
 * person's unacknowledged input laid over it (protocol/input.ts), as README's "The person's
 * input wins" tells it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ClientMsg, ServerMsg } from "../../protocol/messages";
import type { Node, Tree } from "../../protocol/tree";
import { Store, type StoreHooks } from "../../client/state/store";

const slider = (value: number): Node => ({ k: "slider", p: { id: "temp", label: "Temperature", value } });
const metric = (value: string): Node => ({ k: "metric", p: { label: "Fahrenheit", value } });
const tree = (...main: Node[]): Tree => ({ roots: [{ k: "root", p: {}, c: main }, { k: "root", p: {}, c: [] }] });

function hello(t: Tree, over: Partial<Extract<ServerMsg, { t: "hello" }>> = {}): ServerMsg {
  return {
    t: "hello", session: "s", pages: [{ path: "/", title: "Home" }], page: "/", config: { layout: "centered", sidebar: "auto" },
    tree: t, running: null, who: { kind: "dev", email: "dev@example.com" }, ack: 0, seen: 0, ...over,
  } as ServerMsg;
}

/** A store with recording hooks, greeted with a slider at 22 and its metric. */
function greeted() {
  const calls = { page: [] as string[], desync: 0, resend: [] as ClientMsg[][] };
  const hooks: StoreHooks = {
    page: (p) => calls.page.push(p),
    desync: () => calls.desync++,
    resend: (msgs) => calls.resend.push(msgs),
    query: () => {},
  };
  const store = new Store(hooks);
  store.receive(hello(tree(slider(22), metric("71.6 °F"))));
  return { store, calls };
}

const shown = (store: Store, i: number) => store.state.tree.roots[0].c![i]!.p.value;
const move = (store: Store, value: number) => store.input({ t: "widget", id: "temp", v: value });

beforeEach(() => {
  vi.stubGlobal("location", { pathname: "/" });
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the store's frames", () => {
  it("is connecting until hello, which brings the tree, pages, config and who is signed in", () => {
    const store = new Store({ page() {}, desync() {}, resend() {}, query() {} });
    expect(store.state.conn).toBe("connecting");
    store.receive(hello(tree(slider(22)), { page: "/", running: null }));
    expect(store.state).toMatchObject({ conn: "open", page: "/", pages: [{ path: "/", title: "Home" }], who: { kind: "dev" } });
    expect(shown(store, 0)).toBe(22);
  });

  it("tells the address bar the page each hello, run and moving done is on", () => {
    const { store, calls } = greeted();
    store.receive({ t: "run", run: 1, page: "/dashboard" });
    store.receive({ t: "done", run: 1, ops: [], page: "/caching" });
    store.receive({ t: "done", run: 2, ops: [] });
    expect(calls.page).toEqual(["/", "/dashboard", "/caching"]);
    expect(store.state.page).toBe("/caching");
  });

  it("marks a run as running from its run frame until its done, and keeps how it ended", () => {
    const { store } = greeted();
    store.receive({ t: "run", run: 7, page: "/" });
    expect(store.state.running).toBe(7);
    store.receive({ t: "delta", run: 7, ops: [["p", [0, 1], { value: "80.6 °F" }]] });
    expect(store.state.running).toBe(7);
    expect(shown(store, 1)).toBe("80.6 °F");
    store.receive({ t: "done", run: 7, status: "error", ops: [] });
    expect(store.state).toMatchObject({ running: null, status: "error" });
    store.receive({ t: "done", run: 8, ops: [] });
    expect(store.state.status).toBe("ok");
  });

  it("takes a new page config from done", () => {
    const { store } = greeted();
    store.receive({ t: "done", run: 1, ops: [], config: { layout: "wide", sidebar: "collapsed", title: "Wide" } });
    expect(store.state.config).toEqual({ layout: "wide", sidebar: "collapsed", title: "Wide" });
  });

  it("shows an error frame as a dismissible notice", () => {
    const { store } = greeted();
    store.receive({ t: "error", code: "rate_limited", message: "Too many messages" });
    expect(store.state.notice).toBe("The server refused a message: Too many messages");
    store.dismissNotice();
    expect(store.state.notice).toBeNull();
  });

  it("notifies subscribers on every change, until they unsubscribe", () => {
    const { store } = greeted();
    const heard = vi.fn();
    const stop = store.subscribe(heard);
    store.receive({ t: "done", run: 1, ops: [] });
    stop();
    store.receive({ t: "done", run: 2, ops: [] });
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

describe("the person's input over the server's tree", () => {
  it("shows an input at once, numbered", () => {
    const { store } = greeted();
    expect(move(store, 40)).toEqual({ t: "widget", id: "temp", v: 40, n: 1 });
    expect(move(store, 41).n).toBe(2);
    expect(shown(store, 0)).toBe(41);
  });

  it("keeps showing it while older runs answer, even when they patch the same widget", () => {
    const { store } = greeted();
    move(store, 40);
    move(store, 41);
    store.receive({ t: "done", run: 1, ops: [["p", [0, 0], { value: 39 }], ["p", [0, 1], { value: "102.2 °F" }]], ack: 1 });
    expect(shown(store, 0)).toBe(41);
    expect(shown(store, 1)).toBe("102.2 °F");
  });

  it("shows the server's value once a frame's ack covers the input", () => {
    const { store } = greeted();
    move(store, 40);
    store.receive({ t: "done", run: 1, ops: [["p", [0, 1], { value: "104.0 °F" }]], ack: 1 });
    expect(shown(store, 0)).toBe(40); // the server applied it too, so it was not sent back
    store.receive({ t: "done", run: 2, ops: [["p", [0, 0], { value: 30 }]] });
    expect(shown(store, 0)).toBe(30);
  });

  it("shows a value the page changed once the input is acknowledged (a callback reset it)", () => {
    const { store } = greeted();
    move(store, 40);
    store.receive({ t: "done", run: 1, ops: [["p", [0, 0], { value: 22 }]], ack: 1 });
    expect(shown(store, 0)).toBe(22);
  });

  it("acknowledges with a delta too, before the run is done", () => {
    const { store } = greeted();
    move(store, 40);
    store.receive({ t: "delta", run: 1, ops: [["p", [0, 0], { value: 25 }]], ack: 1 });
    expect(shown(store, 0)).toBe(25);
  });

  it("shows a submitted form's values until its run answers", () => {
    const { store } = greeted();
    store.input({ t: "submit", form: "f", button: "go", values: { temp: 33 } });
    expect(shown(store, 0)).toBe(33);
    store.receive({ t: "done", run: 1, ops: [["p", [0, 0], { value: 22 }]], ack: 1 }); // cleared on submit
    expect(shown(store, 0)).toBe(22);
  });

  it("stops showing an input the socket could not send", () => {
    const { store } = greeted();
    const sent = move(store, 40);
    store.unsent(sent.n);
    expect(shown(store, 0)).toBe(22);
  });

  it("puts the server's value back when the server refuses the input", () => {
    const { store } = greeted();
    const sent = move(store, 99);
    store.receive({ t: "error", code: "bad_value", message: "out of range", id: "temp", n: sent.n });
    expect(shown(store, 0)).toBe(22);
  });

  it("never changes the server's copy by what it shows", () => {
    const { store } = greeted();
    const before = store.state.tree;
    move(store, 40);
    expect(before.roots[0].c![0]!.p.value).toBe(22);
  });
});

describe("ops that do not fit the tree", () => {
  it("call the desync hook (to reconnect for a fresh hello) instead of throwing", () => {
    const { store, calls } = greeted();
    expect(() => store.receive({ t: "delta", run: 1, ops: [["s", [0, 5], { k: "text", p: { body: "far" } }]] })).not.toThrow();
    expect(calls.desync).toBe(1);
    store.receive({ t: "done", run: 1, ops: [["p", [0, 9], { value: 1 }]] });
    expect(calls.desync).toBe(2);
  });

  it("leave the store working for the next hello", () => {
    const { store } = greeted();
    store.receive({ t: "done", run: 1, ops: [["p", [1, 3], { value: 1 }]] });
    store.receive(hello(tree(slider(5))));
    expect(shown(store, 0)).toBe(5);
  });
});

describe("a reconnect", () => {
  it("goes lost when the socket drops after a hello, connecting before one, with the refusal's reason", () => {
    const fresh = new Store({ page() {}, desync() {}, resend() {}, query() {} });
    fresh.down("bad origin");
    expect(fresh.state).toMatchObject({ conn: "connecting", refused: "bad origin" });
    const { store } = greeted();
    store.receive({ t: "run", run: 3, page: "/" });
    store.down(null);
    expect(store.state).toMatchObject({ conn: "lost", refused: null, running: null });
  });

  it("resends, marked re: 1, the inputs the server never received", () => {
    const { store, calls } = greeted();
    move(store, 40); // n 1: in the hello's tree
    move(store, 41); // n 2: received, its run not yet done
    move(store, 42); // n 3: lost with the old socket
    store.down(null);
    store.receive(hello(tree(slider(40)), { ack: 1, seen: 2 }));
    expect(calls.resend).toEqual([[{ t: "widget", id: "temp", v: 42, n: 3, re: 1 }]]);
    expect(shown(store, 0)).toBe(42);
  });

  it("resends nothing when the server has every input", () => {
    const { store, calls } = greeted();
    move(store, 40);
    store.receive(hello(tree(slider(40)), { ack: 1, seen: 1 }));
    expect(calls.resend).toEqual([]);
  });

  it("numbers new input after what the server has seen (a reloaded tab of the same session)", () => {
    const { store } = greeted();
    store.receive(hello(tree(slider(22)), { ack: 10, seen: 12 }));
    expect(move(store, 30).n).toBe(13);
  });

  it("drops what was pending when the session expired: none of it belongs to the new one", () => {
    const { store, calls } = greeted();
    move(store, 40);
    store.expired();
    store.receive(hello(tree(slider(22))));
    expect(calls.resend).toEqual([]);
    expect(shown(store, 0)).toBe(22);
  });
});

describe("fading during a slow run", () => {
  it("fades what the run has not reached only after 300 ms", () => {
    vi.useFakeTimers();
    const { store } = greeted();
    const [sliderNode, metricNode] = store.state.tree.roots[0].c!;
    store.receive({ t: "run", run: 1, page: "/" });
    vi.advanceTimersByTime(299);
    expect(store.state.fading).toBe(false);
    expect(store.isStale(metricNode!)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(store.state.fading).toBe(true);
    expect(store.isStale(sliderNode!)).toBe(true);
  });

  it("does not fade what the run has set or kept", () => {
    vi.useFakeTimers();
    const { store } = greeted();
    store.receive({ t: "delta", run: 0, ops: [["s", [0, 2], { k: "text", p: { body: "untouched" } }]] });
    store.receive({ t: "run", run: 1, page: "/" });
    store.receive({ t: "delta", run: 1, ops: [["p", [0, 1], { value: "75 °F" }], ["k", [0, 0]]] });
    vi.advanceTimersByTime(300);
    const [sliderNode, metricNode, textNode] = store.state.tree.roots[0].c!;
    expect(store.isStale(metricNode!)).toBe(false);
    expect(store.isStale(sliderNode!)).toBe(false);
    expect(store.isStale(textNode!)).toBe(true);
  });

  it("never fades a quick run, and stops fading when the run is done", () => {
    vi.useFakeTimers();
    const { store } = greeted();
    store.receive({ t: "run", run: 1, page: "/" });
    vi.advanceTimersByTime(100);
    store.receive({ t: "done", run: 1, ops: [] });
    vi.advanceTimersByTime(1000);
    expect(store.state.fading).toBe(false);
    store.receive({ t: "run", run: 2, page: "/" });
    vi.advanceTimersByTime(300);
    store.receive({ t: "done", run: 2, ops: [] });
    expect(store.state.fading).toBe(false);
  });

  it("fades only the fragments a fragment run re-runs", () => {
    vi.useFakeTimers();
    const calls = { page: [] as string[] };
    const store = new Store({ page: (p) => calls.page.push(p), desync: () => {}, resend: () => {}, query: () => {} });
    const part: Node = { k: "fragment", p: { id: "f:part" }, c: [metric("71.6 °F")] };
    store.receive(hello(tree(slider(22), part)));
    store.receive({ t: "run", run: 1, page: "/", scope: [[0, 1]] });
    vi.advanceTimersByTime(300);
    const [sliderNode, fragmentNode] = store.state.tree.roots[0].c!;
    expect(store.isStale(sliderNode!)).toBe(false);
    expect(store.isStale(fragmentNode!.c![0]!)).toBe(true);
    store.receive({ t: "done", run: 1, ops: [] });
    store.receive({ t: "run", run: 2, page: "/" });
    vi.advanceTimersByTime(300);
    expect(store.isStale(store.state.tree.roots[0].c![0]!)).toBe(true);
  });

  it("stops fading when the socket drops", () => {
    vi.useFakeTimers();
    const { store } = greeted();
    store.receive({ t: "run", run: 1, page: "/" });
    store.down(null);
    vi.advanceTimersByTime(1000);
    expect(store.state.fading).toBe(false);
  });
});
