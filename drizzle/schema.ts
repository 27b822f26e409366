/**
 * The audit trail's table: the seed's `dashboard_activity` — who did what, with which
 * widget values, when — plus a unique event id, so a delivery retried after a lost
 * acknowledgement inserts nothing twice.
 */
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const dashboardActivity = pgTable(
  "dashboard_activity",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** made by the session when the event is recorded; inserts are idempotent on it */
    eventId: uuid("event_id").notNull().unique(),
    sessionId: text("session_id").notNull(),
    userEmail: text("user_email"),
    actionPerformed: text("action_performed").notNull(),
    widgetContext: jsonb("widget_context"),
    interactionTs: timestamp("interaction_ts", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // the seed's two: one session's activity, and the newest first
    index("idx_activity_session").on(t.sessionId),
    index("idx_activity_ts").on(t.interactionTs.desc()),
  ],
);

export type ActivityRow = typeof dashboardActivity.$inferSelect;
export type NewActivityRow = typeof dashboardActivity.$inferInsert;
