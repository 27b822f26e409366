/**
 * Hibernation, by the platform's own mechanism: workerd evicts a Durable Object that has had
 * no event for 10 s while keeping its hibernatable WebSockets open (workerd PR #1138, "Evict
 * actors after 10 sec inactivity", as production does). No test hook drops the instance here:
 * the test goes quiet, the runtime drops it, and the next event constructs a new one
 * (counted by the test Worker's SessionObject) over the same storage and the same sockets.
 * A runEvery fragment's timer is an event: it keeps the object awake while a browser is
 * connected (durable/fragment-timers.ts), and stops with the last socket.
 */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { PING, PONG, type ServerMsg } from "../../protocol/messages";
import { ORIGIN, TestClient } from "./client";
import { connect, sessionData, sleep, stored, stubOf } from "./helpers";
import { constructions, loads } from "./worker";

/** workerd's inactivity timeout before it evicts an object, and a margin for a busy machine */
const EVICTION_MS = 10_000;
const QUIET_MS = EVICTION_MS + 10_000; // a timer on 2 busy cores can fire seconds late

const instances = (session: string) => constructions.get(stubOf(session).id.toString()) ?? 0;
const reads = (session: string) => loads.get(stubOf(session).id.toString()) ?? 0;

const armed = (session: string) => runInDurableObject(stubOf(session), async (instance) => (await instance.session()).timedFragments);

type Rows = Extract<ServerMsg, { t: "rows" }>;

describe("a session object hibernates", () => {
  it("is dropped while its socket stays open, ignores heartbeats, and wakes on the next input with every value intact", async () => {
    const c = await TestClient.connect("/hibernate", undefined, ORIGIN, {}, "from=link");
    try {
      await c.done(0);
      await c.set("Level", 42);
      await c.set("Part", 7);
      await c.click("Open note");
      await c.set("Note", "kept");
      expect(c.texts()).toContain(`level=42 runs=3 query={"from":"link"}`);
      await stored(c.session);
      const before = instances(c.session);
      const data = c.all().find((n) => n.k === "dataframe")!.p.data as string;

      // quiet: no event reaches the object, so the runtime evicts it
      await sleep(QUIET_MS);
      // heartbeats are answered by the runtime's auto-response: no instance is constructed
      const pongs = c.frames.filter((f) => f === PONG).length;
      for (let i = 0; i < 3; i++) c.send(PING);
      while (c.frames.filter((f) => f === PONG).length < pongs + 3) await sleep(20);
      expect(instances(c.session)).toBe(before);

      // the next input wakes it: a new instance, the same socket, the rows from storage
      const from = c.received.length;
      c.send(JSON.stringify({ t: "rows", q: 1, data, from: 990, to: 1000 }));
      const rows = await c.next((m): m is Rows => m.t === "rows" && m.q === 1, from);
      expect(instances(c.session)).toBe(before + 1);
      expect(rows.rows.map((r) => r[1])).toEqual(Array.from({ length: 10 }, (_, i) => `row ${990 + i}`));

      // and a widget's input runs the page with everything the session had
      await c.set("Level", 43);
      expect(instances(c.session)).toBe(before + 1);
      expect(c.texts()).toContain(`level=43 runs=4 query={"from":"link"}`);
      expect(c.texts()).toContain("part=7");
      const dialog = c.all().find((n) => n.k === "dialog")!;
      expect(dialog.p.value).toBe(true);
      expect(c.texts()).toContain("note: kept");
      const session = await sessionData(c.session);
      expect(session.state).toMatchObject({ runs: 4 });
      expect(session.query).toBe("from=link");
      // the same socket throughout: one hello, never closed, its attachment kept by the runtime
      expect(c.received.filter((m) => m.t === "hello")).toHaveLength(1);
      expect(c.closed).toBeNull();
      const attachments = await runInDurableObject(stubOf(c.session), (_i, state) => state.getWebSockets().map((ws) => ws.deserializeAttachment()));
      expect(attachments).toEqual([{ owner: session.owner, exp: null }]);
    } finally {
      c.close();
    }
  }, 120_000);

  it("stays awake while a timed fragment ticks for a browser, and is dropped once the last browser leaves", async () => {
    const c = await connect("/ticking");
    const before = instances(c.session);
    const ticks = async () => (await sessionData(c.session)).state.ticks as number;
    // a browser is looking: the fragment's timer is an event every 150 ms, so the object stays
    await sleep(QUIET_MS);
    const ticked = await ticks();
    expect(ticked).toBeGreaterThan(10);
    expect(instances(c.session)).toBe(before);

    // the last browser leaves: its timers stop, nothing holds the object, the runtime drops it
    c.close();
    while ((await armed(c.session)).length > 0) await sleep(20);
    const left = await ticks();
    await sleep(QUIET_MS);
    const again = await connect("/ticking", c.session);
    expect(instances(c.session)).toBe(before + 1);
    // and the fragment's state is where it stopped, counting on
    expect(await ticks()).toBeGreaterThan(left);
    again.close();
  }, 120_000);

  it("answers a hibernated session's closing socket without reading the session from storage, which stays intact", async () => {
    const c = await connect("/");
    await c.set("Set temperature (°C)", 31);
    await stored(c.session);
    await sleep(QUIET_MS);
    const [woken, read] = [instances(c.session), reads(c.session)];

    // the close wakes a new instance, which answers it without opening the session's storage
    c.close();
    while (!c.closed) await sleep(20);
    expect(c.closed.code).toBe(1000);
    expect(instances(c.session)).toBe(woken + 1);
    expect(reads(c.session)).toBe(read);

    // the tab comes back: everything is where it was
    const again = await connect("/", c.session);
    expect(reads(c.session)).toBe(read + 1);
    expect(again.all().find((n) => n.p.label === "Set temperature (°C)")?.p.value).toBe(31);
    again.close();
  }, 120_000);
});
