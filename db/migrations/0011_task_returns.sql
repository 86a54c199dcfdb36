ALTER TABLE "tasks" ADD COLUMN "returned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "return_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill from the audit log: how often each task was sent back, and whether it still is
-- (in progress, and its last review-relevant event is the return).
UPDATE "tasks" t SET "return_count" = r.n
FROM (SELECT "entity_id", count(*)::int AS n FROM "audit_events" WHERE "entity_type" = 'task' AND "action" = 'task.reject' GROUP BY "entity_id") r
WHERE t."id"::text = r."entity_id";--> statement-breakpoint
UPDATE "tasks" t SET "returned_at" = l."at"
FROM (
  SELECT DISTINCT ON ("entity_id") "entity_id", "action", "at" FROM "audit_events"
  WHERE "entity_type" = 'task' AND "action" IN ('task.publish', 'task.accept', 'task.submit', 'task.reject', 'task.reopen')
  ORDER BY "entity_id", "id" DESC
) l
WHERE t."id"::text = l."entity_id" AND l."action" = 'task.reject' AND t."status" = 'in_progress';
