CREATE TYPE "public"."demonstration_category" AS ENUM('unit', 'project', 'site');--> statement-breakpoint
CREATE TYPE "public"."demonstration_stage" AS ENUM('declare', 'self_assess', 'preliminary_review', 'field_assessment', 'naming');--> statement-breakpoint
CREATE TYPE "public"."goal_track" AS ENUM('ordinary', 'demonstration');--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "track" "goal_track" DEFAULT 'ordinary' NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "demonstration_category" "demonstration_category";--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "milestones" ADD COLUMN "stage" "demonstration_stage";--> statement-breakpoint
ALTER TABLE "milestones" ADD COLUMN "evidence_report_id" uuid;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_evidence_report_id_progress_reports_id_fk" FOREIGN KEY ("evidence_report_id") REFERENCES "public"."progress_reports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goals_demonstration_idx" ON "goals" USING btree ("plan_id") WHERE "goals"."track" = 'demonstration';--> statement-breakpoint
CREATE UNIQUE INDEX "milestones_task_stage_idx" ON "milestones" USING btree ("task_id","stage") WHERE "milestones"."stage" is not null;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_demonstration_category" CHECK (("goals"."track" = 'demonstration') = ("goals"."demonstration_category" is not null));