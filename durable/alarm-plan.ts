/**
 * The session object has one alarm for two jobs: expiring an idle session, and delivering
 * its audit outbox (now, or after a backoff). Pure: when should the alarm be (re)set, and is
 * a delivery due when it fires?
 *
 * Two rules keep the alarm from ever being lost (audit delivery once stalled for good on
 * each of them):
 * - Times are whole milliseconds. The platform keeps an alarm to the millisecond, so a
 *   retry at 1000.6 fired at 1000, looked 0.6 ms early, and was set again for 1000.6 —
 *   which the runtime took for the alarm it had just run, and dropped.
 * - A remembered alarm time that has passed means nothing: that alarm has fired or is
 *   firing. Trusting it ("an alarm is already set, earlier than I need") left new events
 *   with no alarm at all.
 */
export interface AlarmInputs {
  now: number;
  /** when the alarm is set now, as far as this object knows (null: none) */
  current: number | null;
  /** when the session becomes idle enough to expire */
  idleDue: number;
  /** when the outbox should be delivered (null: nothing waits) */
  deliveryDue: number | null;
  idleTtlMs: number;
}

/**
 * An alarm may fire this much before the time it was set for (rounding, clock skew between
 * the scheduler and the object) and still do the work it was set for — rather than
 * re-setting a time that has, to within this much, already come.
 */
export const EARLY_TOLERANCE_MS = 1000;

/** The time to set (whole ms), or null to leave the alarm as it is. */
export function planAlarm({ now, current, idleDue, deliveryDue, idleTtlMs }: AlarmInputs): number | null {
  const wanted = Math.ceil(deliveryDue === null ? idleDue : Math.min(deliveryDue, idleDue));
  const set = current !== null && current > now ? current : null;
  if (set === null || set > wanted) return wanted;
  // An alarm that fires early re-arms itself, so the idle alarm moves only when it has
  // fallen well behind — not one more storage write on every run.
  if (deliveryDue === null && set < idleDue - idleTtlMs / 10) return wanted;
  return null;
}

/** Is a delivery (due at `due`, null: nothing waits) the job of an alarm firing at `now`? */
export function deliveryIsDue(due: number | null, now: number): boolean {
  return due !== null && due <= now + EARLY_TOLERANCE_MS;
}
