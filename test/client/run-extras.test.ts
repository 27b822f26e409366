/**
 * What a run's frame carries besides ops, as the store takes it: toasts are added once per
 * frame that brings them (each its own, however alike), dismissed by id, capped; a query
 * string goes to the address bar hook.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ServerMsg } from "../../protocol/messages";
import { Store } from "../../client/state/store";

const empty = { roots: [{ k: "root", p: {}, c: [] }, { k: "root", p: {}, c: [] }] };

function greeted() {
  const queries: string[] = [];
  const store = new Store({ page: () => {}, desync: () => {}, resend: () => {}, query: (qs) => queries.push(qs) });
  store.receive({
    t: "hello", session: "s", pages: [], page: "/", config: { layout: "centered", sidebar: "auto" },
    tree: empty, running: 1, who: null, ack: 0, seen: 0,
  } as unknown as ServerMsg);
  return { store, queries };
}

let calls = 0;
const toast = (html: string, id = `1.${calls++}`) => ({ id, html, ms: 4000 });

beforeEach(() => {
  vi.stubGlobal("location", { pathname: "/" });
});

describe("a run frame's extras", () => {
  it("adds each frame's toasts, oldest first, the same text twice as two toasts", () => {
    const { store } = greeted();
    store.receive({ t: "delta", run: 1, ops: [], toasts: [toast("Saved")] });
    store.receive({ t: "done", run: 1, ops: [], toasts: [toast("Saved"), toast("A <strong>long</strong> one")] });
    expect(store.state.toasts.map((t) => t.html)).toEqual(["Saved", "Saved", "A <strong>long</strong> one"]);
    expect(new Set(store.state.toasts.map((t) => t.id)).size).toBe(3);
    // "view more" counts the text a person reads, not the tags
    expect(store.state.toasts[2]?.chars).toBe("A long one".length);
  });

  it("keeps toasts across a frame without any, and dismisses one by its id", () => {
    const { store } = greeted();
    store.receive({ t: "done", run: 1, ops: [], toasts: [toast("one"), toast("two")] });
    store.receive({ t: "done", run: 2, ops: [] });
    expect(store.state.toasts).toHaveLength(2);
    store.dismissToast(store.state.toasts[0]!.id);
    expect(store.state.toasts.map((t) => t.html)).toEqual(["two"]);
  });

  it("shows an update of a toast in its place, its time started again", () => {
    const { store } = greeted();
    store.receive({ t: "delta", run: 1, ops: [], toasts: [toast("Gathering ingredients...", "3.0"), toast("other", "3.1")] });
    const before = store.state.toasts[0]!.seq;
    store.receive({ t: "done", run: 1, ops: [], toasts: [toast("Ready!", "3.0")] });
    expect(store.state.toasts.map((t) => t.html)).toEqual(["Ready!", "other"]);
    expect(store.state.toasts[0]!.seq).toBeGreaterThan(before);
  });

  it("shows at most 20 at once, the newest", () => {
    const { store } = greeted();
    store.receive({ t: "done", run: 1, ops: [], toasts: Array.from({ length: 25 }, (_, i) => toast(`t${i}`)) });
    expect(store.state.toasts).toHaveLength(20);
    expect(store.state.toasts[0]?.html).toBe("t5");
  });

  it("hands a changed query string to the address bar, and nothing when there is none", () => {
    const { store, queries } = greeted();
    store.receive({ t: "delta", run: 1, ops: [], qs: "step=1" });
    store.receive({ t: "done", run: 1, ops: [] });
    store.receive({ t: "done", run: 2, ops: [], qs: "" });
    expect(queries).toEqual(["step=1", ""]);
  });
});
