import { abortAllDurableObjects, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { TestClient } from "./client";
import { connect, idleBeyondTtl, sessionData, sleep, stored, stubOf } from "./helpers";

describe("durable sessions", () => {
  it("brings back widget values, session state and the tree after the object is evicted", async () => {
    const first = await connect("/");
    await first.set("Set temperature (°C)", 40);
    first.close();
    await stored(first.session);
    await abortAllDurableObjects(); // the object's memory is gone, as after eviction or a deploy

    const again = await TestClient.connect("/", first.session);
    const hello = await again.next((m): m is Extract<typeof m, { t: "hello" }> => m.t === "hello");
    // the browser can paint the last tree before any run
    expect(JSON.stringify(hello.tree)).toContain("Temperature in Fahrenheit: 104.0 °F".split(": ")[1]);
    await again.done(0);
    expect(again.widget("Set temperature (°C)").p.value).toBe(40);
    expect(again.texts()).toContain("That's dangerously hot. Stay hydrated and limit outdoor exposure.");
    again.close();
  });

  it("recovers a callback after the object wakes with no memory of it", async () => {
    const c = await connect("/counter");
    await c.click("Add");
    c.close();
    await stored(c.session);
    await abortAllDurableObjects();

    const again = await connect("/counter", c.session);
    await again.click("Add");
    expect(again.texts()).toContain("Count: 4");
    const log = (await sessionData(c.session)).state.log as string[];
    // the replay that recovered the callback left no trace in session state
    expect(log.filter((l) => l.startsWith("callback"))).toEqual(["callback +2", "callback +2"]);
  });

  it("stores a tree too large for one stored value in pieces, and drops them when it shrinks", async () => {
    const c = await connect("/big");
    c.close();
    await stored(c.session);
    const storedKeys = () =>
      runInDurableObject(stubOf(c.session), async (_i, state) => [...(await state.storage.list({ prefix: "tree:" })).keys()]);
    expect((await storedKeys()).length).toBeGreaterThan(1);
    await abortAllDurableObjects();

    const again = await TestClient.connect("/big", c.session);
    const hello = await again.next((m): m is Extract<typeof m, { t: "hello" }> => m.t === "hello");
    const chart = hello.tree.roots[0].c!.find((n) => n.k === "lineChart")!;
    expect((chart.p.x as number[]).length).toBe(100_000);
    await again.done(0);
    await again.set("Big", false);
    await stored(c.session);
    expect(await storedKeys()).toEqual([]);
    again.close();
  });

  it("gives a new session id its own fresh state", async () => {
    const a = await connect("/");
    await a.set("Set temperature (°C)", -5);
    const b = await connect("/");
    expect(b.widget("Set temperature (°C)").p.value).toBe(22);
    expect(a.widget("Set temperature (°C)").p.value).toBe(-5);
  });

  it("expires an idle session: closes its sockets and deletes its storage", async () => {
    const c = await connect("/");
    await c.set("Set temperature (°C)", 30);
    const stub = stubOf(c.session);
    await idleBeyondTtl(c.session);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    await c.next((m): m is never => false, 0, 2000).catch(() => {});
    expect(c.closed?.code).toBe(4000);
    const keys = await runInDurableObject(stub, async (_i, state) => [...(await state.storage.list()).keys()]);
    expect(keys).toEqual([]);
  });

  it("keeps a session used within the idle window and re-arms its alarm", async () => {
    const c = await connect("/");
    await c.set("Set temperature (°C)", 31);
    await stored(c.session);
    const stub = stubOf(c.session);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const [alarm, value] = await runInDurableObject(stub, async (_i, state) => [
      await state.storage.getAlarm(),
      (await state.storage.get<{ widgets: Record<string, unknown> }>("session"))?.widgets[c.widget("Set temperature (°C)").p.id as string],
    ]);
    expect(alarm).toBeGreaterThan(Date.now());
    expect(value).toBe(31);
  });
});

describe("a burst of runs is written once", () => {
  const state = (session: string) =>
    runInDurableObject(stubOf(session), async (instance, storage) => {
      const core = await instance.session();
      const record = await storage.storage.get<{ run: number; widgets: Record<string, unknown> }>("session");
      return { run: core.snapshot.run, storedRun: record?.run, widgets: record?.widgets, waiting: core.writeWaiting };
    });

  it("writes the first run of a burst at once and the last when the burst ends, with its values", async () => {
    const c = await connect("/");
    await stored(c.session);
    await sleep(600); // the window (500 ms by default) of the connect's write is over
    const id = c.widget("Set temperature (°C)").p.id as string;
    await c.set("Set temperature (°C)", 30);
    // the runs right after it fall inside its window: they wait
    await c.set("Set temperature (°C)", 31);
    await c.set("Set temperature (°C)", 32);
    const during = await state(c.session);
    expect(during.waiting).toBe(true);
    expect(during.storedRun).toBeLessThan(during.run);
    expect(during.widgets?.[id]).toBe(30);

    await stored(c.session);
    const after = await state(c.session);
    expect(after.waiting).toBe(false);
    expect(after.widgets?.[id]).toBe(32);
    // and an object evicted now brings the burst's last value back
    await abortAllDurableObjects();
    const again = await connect("/", c.session);
    expect(again.widget("Set temperature (°C)").p.value).toBe(32);
  });

  it("writes a run that records an audit event at once, inside a burst too", async () => {
    const c = await connect("/audited");
    await c.click("Record");
    await c.click("Record");
    const { waiting, events } = await runInDurableObject(stubOf(c.session), async (instance, storage) => ({
      waiting: (await instance.session()).writeWaiting,
      events: (await storage.storage.list({ prefix: "outbox:" })).size,
    }));
    expect(waiting).toBe(false);
    expect(events).toBe(2);
  });

  it("forgets a waiting write when the session expires, so nothing is written after it", async () => {
    const c = await connect("/");
    await c.set("Set temperature (°C)", 33);
    await c.set("Set temperature (°C)", 34);
    const stub = stubOf(c.session);
    await idleBeyondTtl(c.session);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    await sleep(700);
    const keys = await runInDurableObject(stub, async (_i, storage) => [...(await storage.storage.list()).keys()]);
    expect(keys).toEqual([]);
  });
});
