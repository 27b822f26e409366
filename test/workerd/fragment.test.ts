/**
 * st.fragment in a session: a fragment's input runs only the fragment and its frame holds
 * only its subtree; a runEvery fragment ticks while a browser is connected, stops when none
 * is, and starts again when one reconnects.
 */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ClientMsg, ServerMsg } from "../../protocol/messages";
import type { TestClient } from "./client";
import { connect, sessionData, sleep, stubOf } from "./helpers";

type Done = Extract<ServerMsg, { t: "done" }>;

/** Sends an input and waits for the run that answers it (not a timer's run in between). */
async function answer(c: TestClient, msg: ClientMsg): Promise<{ done: Done; bytes: number }> {
  const numbered = c.inputs.number(msg);
  const from = c.received.length;
  const frames = c.frames.length;
  c.send(numbered);
  const done = await c.next((m): m is Done => m.t === "done" && m.ack === numbered.n, from);
  const frame = c.frames.slice(frames).find((f) => f.includes('"t":"done"') && f.includes(`"ack":${numbered.n}`))!;
  return { done, bytes: frame.length };
}

const armed = (session: string) => runInDurableObject(stubOf(session), async (instance) => (await instance.session()).timedFragments);

describe("st.fragment in a session", () => {
  it("runs only the fragment for its widget, and the frame holds only the fragment's subtree", async () => {
    const c = await connect("/fragments");
    const fragmentPath = JSON.stringify(pathOf(c, "fragment"));
    const { done: part, bytes: partBytes } = await answer(c, { t: "widget", id: c.widget("Part").p.id as string, v: 7 });
    expect(c.texts()).toContain("part=7 outside=0 part runs=2");
    const state = (await sessionData(c.session)).state;
    expect(state).toMatchObject({ pageRuns: 1, partRuns: 2 });
    expect(part.ops.length).toBeGreaterThan(0);
    for (const op of part.ops) expect(JSON.stringify(op[1]).startsWith(fragmentPath.slice(0, -1))).toBe(true);

    // the same change made by a widget of the page: the page runs, the fragment with it
    const { bytes: fullBytes } = await answer(c, { t: "widget", id: c.widget("Outside").p.id as string, v: 3 });
    expect(c.texts()).toContain("part=7 outside=3 part runs=3");
    expect((await sessionData(c.session)).state).toMatchObject({ pageRuns: 2, partRuns: 3 });
    expect(c.texts()).toContain("line 19 of the page, which a fragment's run never sends again");
    expect(partBytes).toBeLessThan(fullBytes);
  });

  it("runs the whole page for a fragment's widget when the object no longer knows its fragments (after a wake)", async () => {
    const c = await connect("/fragments");
    // what hibernation leaves: the stored session, no functions in memory
    await runInDurableObject(stubOf(c.session), async (instance) => {
      ((await instance.session()) as unknown as { live: { stores: { fragments: { records: Map<string, unknown> } } } }).live.stores.fragments.records.clear();
    });
    await answer(c, { t: "widget", id: c.widget("Part").p.id as string, v: 9 });
    expect((await sessionData(c.session)).state).toMatchObject({ pageRuns: 2, partRuns: 2 });
    expect(c.texts()).toContain("part=9 outside=0 part runs=2");
    // and the fragment is known again: the next input runs only it
    await answer(c, { t: "widget", id: c.widget("Part").p.id as string, v: 10 });
    expect((await sessionData(c.session)).state).toMatchObject({ pageRuns: 2, partRuns: 3 });
  });

  it("names only the fragment while a slow fragment run is under way", async () => {
    const c = await connect("/fragments");
    const fragmentPath = pathOf(c, "fragment");
    const from = c.received.length;
    await answer(c, { t: "widget", id: c.widget("Slow").p.id as string, v: true });
    expect(c.texts()).toContain("slept");
    const frames = c.received.slice(from);
    const run = frames.find((m): m is Extract<ServerMsg, { t: "run" }> => m.t === "run");
    expect(run?.scope).toEqual([fragmentPath]);
    const under = (path: number[]) => fragmentPath.every((v, i) => path[i] === v);
    for (const m of frames) if (m.t === "delta" || m.t === "done") for (const op of m.ops) expect(under(op[1])).toBe(true);
    expect(frames.some((m) => m.t === "delta")).toBe(true);
  });

  it("ticks a runEvery fragment while a browser is connected, stops without one, resumes on reconnect", async () => {
    const c = await connect("/ticking");
    const shown = (client: TestClient) => Number(client.texts().find((t) => t.startsWith("ticks="))?.slice(6));
    await c.next((m): m is Done => m.t === "done" && shown(c) >= 3);
    expect(await armed(c.session)).toEqual(["f:clock"]);
    expect((await sessionData(c.session)).state.pageRuns).toBe(1);

    c.close();
    for (let i = 0; i < 100 && (await armed(c.session)).length > 0; i++) await sleep(20);
    expect(await armed(c.session)).toEqual([]);
    const stopped = (await sessionData(c.session)).state.ticks as number;
    await sleep(600); // four intervals
    expect((await sessionData(c.session)).state.ticks).toBe(stopped);

    const again = await connect("/ticking", c.session);
    await again.next((m): m is Done => m.t === "done" && shown(again) >= stopped + 3);
    expect(await armed(c.session)).toEqual(["f:clock"]);
    expect((await sessionData(c.session)).state.pageRuns).toBe(2);
  });
});

/** The path of the first node of a kind in the client's tree. */
function pathOf(c: TestClient, kind: string): number[] {
  const find = (node: { k: string; c?: { k: string }[] }, path: number[]): number[] | null => {
    if (node.k === kind) return path;
    for (const [i, child] of (node.c ?? []).entries()) {
      const found = find(child as never, [...path, i]);
      if (found) return found;
    }
    return null;
  };
  return find(c.tree.roots[0], [0])!;
}

describe("st.dialog in a session", () => {
  const dialog = (c: TestClient) => c.all().find((n) => n.k === "dialog")!;

  it("stays open across a reconnect, and the person's close runs only its fragment", async () => {
    const c = await connect("/dialog");
    expect(dialog(c).p.value).toBe(false);
    await answer(c, { t: "widget", id: c.widget("Vote").p.id as string, v: true });
    expect(dialog(c).p.value).toBe(true);
    await answer(c, { t: "widget", id: c.widget("Because…").p.id as string, v: "cats" });
    expect(c.texts()).toContain("because: cats");
    c.close();

    const again = await connect("/dialog", c.session);
    expect(dialog(again).p.value).toBe(true);
    expect(again.texts()).toContain("because: cats");
    expect((await sessionData(c.session)).state.pageRuns).toBe(3);

    const { done } = await answer(again, { t: "widget", id: dialog(again).p.id as string, v: false });
    expect(dialog(again).p.value).toBe(false);
    expect(dialog(again).c).toEqual([]);
    expect(done.ops.every((op) => JSON.stringify(op[1]).startsWith(JSON.stringify(pathOf(again, "dialog")).slice(0, -1)))).toBe(true);
    expect((await sessionData(c.session)).state.pageRuns).toBe(3);
  });

  it("refuses a browser opening it, and keeps the session", async () => {
    const c = await connect("/dialog");
    const from = c.received.length;
    c.send({ t: "widget", id: dialog(c).p.id as string, v: true });
    const error = await c.next((m): m is Extract<ServerMsg, { t: "error" }> => m.t === "error", from);
    expect(error.message).toMatch(/can only be closed from the browser/);
    await answer(c, { t: "widget", id: c.widget("Vote").p.id as string, v: true });
    expect(dialog(c).p.value).toBe(true);
  });
});
