/**
 * The session object has one alarm for two jobs: expiring an idle session, and delivering
 * its audit outbox (now, or after a backoff). Pure: when should the alarm be (re)set?
 */
export interface AlarmInputs {
  /** when the alarm is set now (null: none) */
  current: number | null;
  /** when the session becomes idle enough to expire */
  idleDue: number;
  /** when the outbox should be delivered (null: nothing waits) */
  deliveryDue: number | null;
  idleTtlMs: number;
}

/** The time to set, or null to leave the alarm as it is. */
export function planAlarm({ current, idleDue, deliveryDue, idleTtlMs }: AlarmInputs): number | null {
  const wanted = deliveryDue === null ? idleDue : Math.min(deliveryDue, idleDue);
  if (current === null || current > wanted) return wanted;
  // An alarm that fires early re-arms itself, so the idle alarm moves only when it has
  // fallen well behind — not one more storage write on every run.
  if (deliveryDue === null && current < idleDue - idleTtlMs / 10) return wanted;
  return null;
}
