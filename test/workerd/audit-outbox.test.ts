import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { deliveryIsDue, planAlarm } from "../../durable/alarm-plan";
import { auditEvent } from "../../durable/audit/event";
import { freshStatus, Outbox, OUTBOX_LIMIT } from "../../durable/audit/outbox";
import { connect, stored, stubOf } from "./helpers";

async function outbox(session: string) {
  return runInDurableObject(stubOf(session), async (instance, state) => ({
    events: [...(await state.storage.list<{ action: string; context: Record<string, unknown> }>({ prefix: "outbox:" })).values()],
    status: { ...(await instance.session()).auditStatus },
  }));
}

describe("the audit outbox", () => {
  it("stores a recorded event with the run's state, before any delivery", async () => {
    const c = await connect("/audited");
    await c.click("Record");
    await stored(c.session);
    const { events, status } = await outbox(c.session);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "run_forecast", sessionId: c.session, context: { n: 1 } });
    expect(status).toMatchObject({ pending: 1, seq: 1 });
  });

  it("records form submits and chosen widgets' changes when the app asks for it", async () => {
    const form = await connect("/form");
    await form.act({ t: "submit", form: "f", button: form.widget("Send").p.id as string, values: { [form.widget("Name").p.id as string]: "Ada" } });
    await stored(form.session);
    expect((await outbox(form.session)).events).toEqual([expect.objectContaining({ action: "form_submit", context: { form: "f", values: { Name: "Ada" } } })]);

    const audited = await connect("/audited");
    await audited.set("Record mode", 1);
    await stored(audited.session);
    expect((await outbox(audited.session)).events).toEqual([
      expect.objectContaining({ action: "widget_change", context: { widget: "Record mode", value: "double" } }),
    ]);
  });

  it("keeps the oldest events when full and counts the overflow", () => {
    const outbox = new Outbox({ ...freshStatus(), seq: OUTBOX_LIMIT - 1, pending: OUTBOX_LIMIT - 1 });
    const events = [1, 2, 3].map((n) => auditEvent("s", null, "run_forecast", { n }));
    const entries = outbox.take(events);
    expect(Object.keys(entries).filter((k) => k.startsWith("outbox:"))).toHaveLength(1);
    expect(outbox.status).toMatchObject({ pending: OUTBOX_LIMIT, dropped: 2 });
  });

  it("refuses an action that is empty or a context that is not JSON", () => {
    expect(() => auditEvent("s", null, "", {})).toThrow(/non-empty/);
    expect(() => auditEvent("s", null, "x", { n: 1n })).toThrow(/can't be stored as JSON/);
  });
});

describe("the alarm plan", () => {
  const base = { now: 100, idleTtlMs: 86_400_000, idleDue: 1_000_000_000 };

  it("delivers now when events wait, and idles until expiry otherwise", () => {
    expect(planAlarm({ ...base, current: null, deliveryDue: 500 })).toBe(500);
    expect(planAlarm({ ...base, current: null, deliveryDue: null })).toBe(base.idleDue);
  });

  it("does not move an idle alarm on every run", () => {
    expect(planAlarm({ ...base, current: base.idleDue - 1000, deliveryDue: null })).toBeNull();
    expect(planAlarm({ ...base, current: base.idleDue - base.idleTtlMs / 2, deliveryDue: null })).toBe(base.idleDue);
  });

  it("sets whole milliseconds, as the platform keeps them, so a retry can't look early when it fires", () => {
    expect(planAlarm({ ...base, current: null, deliveryDue: 1000.6 })).toBe(1001);
    expect(deliveryIsDue(1001, 1000)).toBe(true); // fired a millisecond early: still its job
    expect(deliveryIsDue(5000, 1000)).toBe(false); // an idle alarm long before the retry
    expect(deliveryIsDue(null, 1000)).toBe(false);
  });

  it("does not trust a remembered alarm whose time has passed: new events still get an alarm", () => {
    const now = 10_000;
    expect(planAlarm({ ...base, now, current: now - 5, deliveryDue: now })).toBe(now);
    expect(planAlarm({ ...base, now, current: now + 50, deliveryDue: now })).toBe(now);
    expect(planAlarm({ ...base, now, current: now + 50, deliveryDue: now + 500 })).toBeNull();
  });
});
