/**
 * Every way a database goes away — under connections that are live, not only down from the
 * start — and the promise that holds through each: once it is back, every event is in the
 * table exactly once, within one retry cap plus one deadline. Alarms here fire on their
 * own, as in production; nothing forces them, so a delivery that stopped re-arming its
 * alarm would fail these tests.
 */
import { describe, expect, it, afterEach } from "vitest";
import { connect, stored } from "../workerd/helpers";
import type { TestClient } from "../workerd/client";
import {
  alarmOf,
  auditStatus,
  DEADLINE_MS,
  lockTable,
  proxy,
  queriesWaitingOnLock,
  RETRY_MAX_MS,
  rowsOf,
  startPostgres,
  stopPostgres,
  unlockTable,
  until,
} from "./helpers";

/**
 * The bound the README states: the next attempt comes within one retry cap, and an attempt
 * already under way when the database returns ends within one deadline. The slack covers
 * the alarm's own scheduling and this test's polling on a shared machine.
 */
const BOUND_MS = RETRY_MAX_MS + DEADLINE_MS;
const SLACK_MS = 3000;

afterEach(async () => {
  // a failed test must not leave the database or the proxy down for the next
  await unlockTable();
  await proxy("unstall");
  await proxy("restart");
  await startPostgres();
});

/** Records `times` events; the session keeps working whatever the database does. */
async function record(c: TestClient, times: number): Promise<void> {
  const before = Number(c.texts().find((t) => t.startsWith("recorded "))?.slice(9) ?? 0);
  for (let i = 0; i < times; i++) await c.click("Record");
  expect(c.texts()).toContain(`recorded ${before + times}`);
  await stored(c.session);
}

/** Waits for the first failed attempt, and checks the alarm stays armed for the retry. */
async function firstFailure(session: string) {
  const status = await until(async () => {
    const s = await auditStatus(session);
    return s.failures > 0 && s;
  }, "a failed delivery");
  expect(status.pending).toBeGreaterThan(0);
  expect(await alarmOf(session)).not.toBeNull();
  return status;
}

/** From the moment the database is back: all `count` events, each exactly once, within the bound. */
async function everyEventLandsOnce(session: string, count: number): Promise<void> {
  const back = Date.now();
  await until(async () => {
    const r = await rowsOf(session);
    return r.length >= count && r;
  }, `${count} rows`, BOUND_MS + SLACK_MS);
  const tookMs = Date.now() - back;
  expect(tookMs).toBeLessThanOrEqual(BOUND_MS + SLACK_MS);
  await until(async () => (await auditStatus(session)).pending === 0, "an empty outbox", 5000);
  const final = await rowsOf(session);
  expect(final).toHaveLength(count);
  expect(new Set(final.map((r) => r.event_id)).size).toBe(count);
  expect(final.map((r) => Number(r.widget_context.n)).sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  expect(await auditStatus(session)).toMatchObject({ pending: 0, failures: 0, lastError: null });
}

describe("audit delivery when the database goes away", () => {
  it.each(["fast", "immediate"] as const)(
    "Postgres stopped with -m %s while a delivery's insert is in flight, then restarted on the same port: every event lands exactly once",
    async (mode) => {
      const c = await connect("/audited");
      await lockTable();
      await record(c, 3);
      await until(async () => (await queriesWaitingOnLock()) > 0, "the delivery's insert to wait on its live connection");
      await stopPostgres(mode);
      await record(c, 3);
      await firstFailure(c.session);
      await startPostgres();
      await everyEventLandsOnce(c.session, 6);
    },
  );

  it("the proxy stand-in killed under a live connection and restarted: every event lands exactly once", async () => {
    const c = await connect("/audited");
    await lockTable();
    await record(c, 2);
    await until(async () => (await queriesWaitingOnLock()) > 0, "the delivery's insert to wait");
    await proxy("kill");
    await unlockTable();
    const failed = await firstFailure(c.session);
    expect(failed.lastError).toBeTruthy();
    await proxy("restart");
    await everyEventLandsOnce(c.session, 2);
  });

  it("a black-holed path (nothing forwarded, nothing closed) longer than the deadline: the attempt fails at the deadline, then every event lands", async () => {
    const c = await connect("/audited");
    await proxy("stall");
    await record(c, 4);
    const failed = await until(async () => {
      const s = await auditStatus(c.session);
      return s.failures >= 2 && s;
    }, "two attempts to fail at their deadline", 4 * DEADLINE_MS + 2 * RETRY_MAX_MS);
    expect(failed.lastError).toMatch(/did not answer within/);
    expect(await alarmOf(c.session)).not.toBeNull();
    await proxy("unstall");
    await everyEventLandsOnce(c.session, 4);
  });

  it("Postgres restarted twice during one backoff: every event lands exactly once", async () => {
    const c = await connect("/audited");
    await stopPostgres("fast");
    await record(c, 5);
    // let the backoff grow to its cap, then restart twice before the next attempt is due
    await until(async () => (await auditStatus(c.session)).failures >= 5 && true, "five failed attempts", 30_000);
    await startPostgres();
    await stopPostgres("immediate");
    await startPostgres();
    await stopPostgres("fast");
    await startPostgres();
    await everyEventLandsOnce(c.session, 5);
  });

  it("a session that was never told about the outage delivers at once when the database returns", async () => {
    const c = await connect("/audited");
    await record(c, 1);
    await until(async () => (await rowsOf(c.session)).length === 1 && true, "the first row");
    await stopPostgres("immediate");
    await startPostgres();
    await record(c, 1);
    await everyEventLandsOnce(c.session, 2);
  });
});
