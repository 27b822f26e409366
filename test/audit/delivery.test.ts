import { abortAllDurableObjects, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { insertEvents } from "../../durable/audit/database";
import { auditEvent } from "../../durable/audit/event";
import { ORIGIN } from "../workerd/client";
import { connect, stored, stubOf } from "../workerd/helpers";
import { rowsOf, startPostgres, stopPostgres } from "./helpers";
import { env } from "cloudflare:test";

afterEach(async () => {
  await startPostgres(); // a failed test must not leave the database down for the next
});

type Status = { pending: number; delivered: number; failures: number; lastError: string | null };

/**
 * Waits until the session's audit status satisfies `done`, firing its alarm along the way
 * (the runtime fires it too, when due — delivery is the alarm's job, never the run's).
 */
async function deliveredUntil(session: string, done: (s: Status) => boolean, timeoutMs = 20_000): Promise<Status> {
  const stub = stubOf(session);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await runInDurableObject(stub, async (instance) => ({ ...(await instance.session()).auditStatus }));
    if (done(status)) return status;
    if (Date.now() > deadline) throw new Error(`audit status never settled: ${JSON.stringify(status)}`);
    await runDurableObjectAlarm(stub);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("the audit trail, delivered to PostgreSQL", () => {
  it("lands a recorded event as a row with its session, user and context", async () => {
    const c = await connect("/audited");
    await c.click("Record");
    await stored(c.session);
    const status = await deliveredUntil(c.session, (s) => s.pending === 0);
    expect(status).toMatchObject({ pending: 0, delivered: 1, failures: 0, lastError: null });
    const rows = await rowsOf(c.session);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      session_id: c.session,
      user_email: "dev@localhost", // the (simulated, in dev) verified identity
      action_performed: "run_forecast",
      widget_context: { horizon_days: 30, confidence: "95%", target_metric: "daily_revenue", n: 1 },
    });
  });

  it("keeps every event through an outage: Postgres down for 50 events, then up — exactly 50 rows", async () => {
    const c = await connect("/audited");
    await stopPostgres();
    for (let i = 0; i < 50; i++) await c.click("Record");
    expect(c.texts()).toContain("recorded 50"); // the session kept working
    await stored(c.session);
    const failed = await deliveredUntil(c.session, (s) => s.failures > 0);
    expect(failed.pending).toBe(50);
    expect(failed.lastError).toBeTruthy();

    await startPostgres();
    const status = await deliveredUntil(c.session, (s) => s.pending === 0);
    expect(status).toMatchObject({ pending: 0, delivered: 50, failures: 0 });
    const rows = await rowsOf(c.session);
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(50);
    expect(rows.map((r) => r.widget_context.n).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it("delivers an evicted object's outbox when its alarm wakes it", async () => {
    const c = await connect("/audited");
    await stopPostgres();
    for (let i = 0; i < 5; i++) await c.click("Record");
    await stored(c.session);
    await deliveredUntil(c.session, (s) => s.failures > 0); // Postgres is down
    c.close();
    await abortAllDurableObjects(); // memory gone; storage and the alarm remain
    await startPostgres();
    const status = await deliveredUntil(c.session, (s) => s.pending === 0);
    expect(status.delivered).toBe(5);
    expect(await rowsOf(c.session)).toHaveLength(5);
  });

  it("never inserts an event twice, even when a delivery is repeated", async () => {
    const session = crypto.randomUUID();
    const events = [1, 2, 3].map((n) => auditEvent(session, "editor@thecodeforge.io", "run_forecast", { n }));
    expect(await insertEvents(env, events)).toBe(3);
    expect(await insertEvents(env, events)).toBe(0); // as after a lost acknowledgement
    expect(await rowsOf(session)).toHaveLength(3);
  });

  it("reports an unreachable database in the health detail while the app keeps working", async () => {
    await stopPostgres();
    const res = await exports.default.fetch(`${ORIGIN}/_stcore/health/detail`);
    const body = (await res.json()) as { status: string; audit: { database: string; error?: string } };
    expect(res.status).toBe(200);
    expect(body.audit.database).toBe("unreachable");
    expect(body.audit.error).toBeTruthy();
    const c = await connect("/audited");
    await c.click("Record");
    expect(c.texts()).toContain("recorded 1");
    await startPostgres();
    const ok = (await (await exports.default.fetch(`${ORIGIN}/_stcore/health/detail`)).json()) as { audit: { database: string } };
    expect(ok.audit.database).toBe("reachable");
  });

  it("names a bad DATABASE_URL's problem instead of failing silently", async () => {
    const { pingDatabase } = await import("../../durable/audit/database");
    const result = await pingDatabase({ ...env, DATABASE_URL: "postgres://postgres@127.0.0.1:1/nowhere" });
    expect(result.ok).toBe(false);
    expect((result as { error: string }).error.length).toBeGreaterThan(5);
  });
});
