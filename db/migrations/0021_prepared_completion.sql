CREATE TYPE "public"."completion_draft_status" AS ENUM('open', 'submitted', 'discarded', 'replaced', 'superseded');--> statement-breakpoint
CREATE TABLE "completion_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"status" "completion_draft_status" DEFAULT 'open' NOT NULL,
	"note" text NOT NULL,
	"prepared_by" uuid NOT NULL,
	"prepared_at" timestamp with time zone NOT NULL,
	"task_version" integer NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "completion_draft_id" uuid;--> statement-breakpoint
ALTER TABLE "completion_drafts" ADD CONSTRAINT "completion_drafts_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completion_drafts" ADD CONSTRAINT "completion_drafts_prepared_by_users_id_fk" FOREIGN KEY ("prepared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completion_drafts" ADD CONSTRAINT "completion_drafts_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "completion_drafts_open_key" ON "completion_drafts" USING btree ("task_id") WHERE "completion_drafts"."status" = 'open';--> statement-breakpoint
CREATE INDEX "completion_drafts_task_idx" ON "completion_drafts" USING btree ("task_id","prepared_at");--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_completion_draft_id_completion_drafts_id_fk" FOREIGN KEY ("completion_draft_id") REFERENCES "public"."completion_drafts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_completion_draft_idx" ON "attachments" USING btree ("completion_draft_id");