/**
 * A widget's draft (state/draft.ts, what useWidget keeps), its form's buffer (state/forms.ts)
 * and the numbered send (wire/send.ts): typing stays local, a commit goes out once, a new
 * server value replaces the draft, a refused value gives way to the server's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { WidgetBase } from "../../protocol/elements";
import type { ClientMsg } from "../../protocol/messages";
import { Draft } from "../../client/state/draft";
import { forms } from "../../client/state/forms";
import { Store } from "../../client/state/store";
import { sender } from "../../client/wire/send";

describe("a widget's draft", () => {
  it("starts as the server's value", () => {
    expect(new Draft<string>("Ada").value).toBe("Ada");
  });

  it("keeps what is typed while the page re-renders with the same server value", () => {
    const d = new Draft<string>("Ada");
    d.value = "Ada L";
    d.follow("Ada");
    expect(d.value).toBe("Ada L");
  });

  it("keeps a range's draft when the server's pair comes as a new but equal array", () => {
    const d = new Draft<[number, number]>([1, 5]);
    d.value = [2, 5];
    d.follow([1, 5]);
    expect(d.value).toEqual([2, 5]);
  });

  it("commits a value once: Enter then blur hand it on only the first time", () => {
    const d = new Draft<string>("Ada");
    expect(d.commit("Grace")).toBe(true);
    expect(d.commit("Grace")).toBe(false);
    expect(d.value).toBe("Grace");
  });

  it("commits nothing when the text was edited back to what it was", () => {
    const d = new Draft<string>("Ada");
    d.value = "Adam";
    expect(d.commit("Ada")).toBe(false);
  });

  it("commits a value again after committing another in between", () => {
    const d = new Draft<number>(1);
    expect(d.commit(2)).toBe(true);
    expect(d.commit(1)).toBe(true);
  });

  it("is replaced when the server's value changes (a form cleared on submit, a callback's reset)", () => {
    const d = new Draft<string>("Ada");
    d.value = "half-typed";
    d.follow("");
    expect(d.value).toBe("");
    // what the server now holds counts as committed: sending it back would be a no-op run
    expect(d.commit("")).toBe(false);
  });

  it("can be dropped to show the server's value again", () => {
    const d = new Draft<number | null>(3);
    d.commit(4);
    d.reset(3);
    expect(d.value).toBe(3);
    expect(d.commit(4)).toBe(true);
  });
});

describe("a refused value", () => {
  beforeEach(() => {
    vi.stubGlobal("location", { pathname: "/" });
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("gives way to the server's: the store stops showing the input, and the draft follows", () => {
    const store = new Store({ page() {}, desync() {}, resend() {}, query() {} });
    store.receive({
      t: "hello", session: "s", pages: [], page: "/", config: { layout: "centered", sidebar: "auto" }, running: null,
      who: { kind: "dev", email: null }, ack: 0, seen: 0,
      tree: { roots: [{ k: "root", p: {}, c: [{ k: "textInput", p: { id: "name", label: "Name", value: "" } }] }, { k: "root", p: {}, c: [] }] },
    });
    const value = () => store.state.tree.roots[0].c![0]!.p.value as string;
    const d = new Draft(value());

    d.commit("x".repeat(10));
    const sent = store.input({ t: "widget", id: "name", v: d.value });
    d.follow(value()); // the widget re-renders with the shown tree
    expect(d.value).toBe("xxxxxxxxxx");

    store.receive({ t: "error", code: "bad_value", message: "too long", id: "name", n: sent.n });
    d.follow(value());
    expect(d.value).toBe("");
  });
});

describe("forms", () => {
  const inForm: WidgetBase = { id: "city", label: "City", form: "trip" } as WidgetBase;
  const outside: WidgetBase = { id: "units", label: "Units" } as WidgetBase;

  it("sends a widget outside a form at once", () => {
    const sent: ClientMsg[] = [];
    forms((m) => (sent.push(m), true)).commit(outside, "metric");
    expect(sent).toEqual([{ t: "widget", id: "units", v: "metric" }]);
  });

  it("holds a form's values until its submit button sends them in one message", () => {
    const sent: ClientMsg[] = [];
    const f = forms((m) => (sent.push(m), true));
    f.commit(inForm, "Oslo");
    f.commit({ ...inForm, id: "days" }, 3);
    f.commit(inForm, "Bergen");
    expect(sent).toEqual([]);
    f.submit("trip", "go");
    expect(sent).toEqual([{ t: "submit", form: "trip", button: "go", values: { city: "Bergen", days: 3 } }]);
  });

  it("submits an untouched form with no values, and a submitted form starts empty", () => {
    const sent: ClientMsg[] = [];
    const f = forms((m) => (sent.push(m), true));
    f.submit("trip", "go");
    f.commit(inForm, "Oslo");
    f.submit("trip", "go");
    f.submit("trip", "go");
    expect(sent.map((m) => m.t === "submit" && m.values)).toEqual([{}, { city: "Oslo" }, {}]);
  });

  it("keeps the values when the submit was dropped (the socket was down), for the next press", () => {
    let up = false;
    const sent: ClientMsg[] = [];
    const f = forms((m) => up && (sent.push(m), true));
    f.commit(inForm, "Oslo");
    f.submit("trip", "go");
    up = true;
    f.submit("trip", "go");
    expect(sent).toEqual([{ t: "submit", form: "trip", button: "go", values: { city: "Oslo" } }]);
  });

  it("keeps each form's buffer apart", () => {
    const sent: ClientMsg[] = [];
    const f = forms((m) => (sent.push(m), true));
    f.commit(inForm, "Oslo");
    f.commit({ ...inForm, id: "q", form: "search" }, "fjords");
    f.submit("search", "find");
    expect(sent).toEqual([{ t: "submit", form: "search", button: "find", values: { q: "fjords" } }]);
  });
});

describe("the numbered send", () => {
  function wired(open: boolean, accepts = true) {
    const frames: string[] = [];
    const socket = { isOpen: () => open, send: (t: string) => accepts && (frames.push(t), true) };
    const numbered: ClientMsg[] = [];
    const unsent: number[] = [];
    const store = {
      input<M extends ClientMsg>(m: M) {
        numbered.push(m);
        return { ...m, n: 7 };
      },
      unsent: (n: number) => void unsent.push(n),
    };
    return { send: sender(socket, store), frames, numbered, unsent };
  }

  it("numbers the message through the store (which shows it) and sends it as JSON", () => {
    const { send, frames, numbered } = wired(true);
    expect(send({ t: "rerun" })).toBe(true);
    expect(numbered).toEqual([{ t: "rerun" }]);
    expect(frames).toEqual(['{"t":"rerun","n":7}']);
  });

  it("drops a message while the socket is down, without numbering or showing it", () => {
    const { send, frames, numbered } = wired(false);
    expect(send({ t: "widget", id: "a", v: 1 })).toBe(false);
    expect(numbered).toEqual([]);
    expect(frames).toEqual([]);
  });

  it("stops showing a message the socket refused at the last moment", () => {
    const { send, unsent } = wired(true, false);
    expect(send({ t: "widget", id: "a", v: 1 })).toBe(false);
    expect(unsent).toEqual([7]);
  });
});
