ALTER TYPE "public"."task_status" ADD VALUE 'carried_over';--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "rolled_from_plan_id" uuid;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "carried_from_task_id" uuid;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_rolled_from_plan_id_plans_id_fk" FOREIGN KEY ("rolled_from_plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_carried_from_task_id_tasks_id_fk" FOREIGN KEY ("carried_from_task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plans_rolled_from_idx" ON "plans" USING btree ("rolled_from_plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_carried_from_idx" ON "tasks" USING btree ("carried_from_task_id");