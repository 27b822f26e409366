CREATE TABLE "dashboard_activity" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"session_id" text NOT NULL,
	"user_email" text,
	"action_performed" text NOT NULL,
	"widget_context" jsonb,
	"interaction_ts" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dashboard_activity_event_id_unique" UNIQUE("event_id")
);
--> statement-breakpoint
CREATE INDEX "idx_activity_session" ON "dashboard_activity" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "idx_activity_ts" ON "dashboard_activity" USING btree ("interaction_ts" DESC NULLS LAST);