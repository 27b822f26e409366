/**
 * A streamed reply in the browser's store: APPEND ops add each token to the text it shows,
 * one frame at a time, and an append that does not fit the tree repaints rather than
 * showing something the server does not have.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Store, type StoreHooks } from "../../client/state/store";
import type { ServerMsg } from "../../protocol/messages";
import type { Tree } from "../../protocol/tree";

const tree: Tree = { roots: [{ k: "root", p: {}, c: [{ k: "chatMessage", p: { name: "assistant", avatar: { icon: "assistant" } }, c: [{ k: "stream", p: { text: "" } }] }] }, { k: "root", p: {}, c: [] }] };

function greeted() {
  const calls = { desync: 0 };
  const hooks: StoreHooks = { page: () => {}, desync: () => calls.desync++, resend: () => {}, query: () => {} };
  const store = new Store(hooks);
  store.receive({
    t: "hello", session: "s", pages: [{ path: "/", title: "Home" }], page: "/", config: { layout: "centered", sidebar: "auto" },
    tree: structuredClone(tree), running: 1, who: { kind: "dev", email: "dev@example.com" }, ack: 0, seen: 0,
  } as ServerMsg);
  return { store, calls };
}

const text = (store: Store) => store.state.tree.roots[0].c![0]!.c![0]!.p.text;

beforeEach(() => {
  vi.stubGlobal("location", { pathname: "/" });
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("a streamed reply in the store", () => {
  it("grows by each appended token, frame by frame", () => {
    const { store } = greeted();
    const seen: unknown[] = [];
    for (const token of ["Echo: ", "hello ", "world"]) {
      store.receive({ t: "delta", run: 1, ops: [["a", [0, 0, 0], "text", token]] });
      seen.push(text(store));
    }
    expect(seen).toEqual(["Echo: ", "Echo: hello ", "Echo: hello world"]);
  });

  it("repaints when an append names a node it does not have", () => {
    const { store, calls } = greeted();
    store.receive({ t: "delta", run: 1, ops: [["a", [0, 5], "text", "lost"]] });
    expect(calls.desync).toBe(1);
  });
});
