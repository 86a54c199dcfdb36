CREATE TABLE "task_summary" (
	"department_id" uuid NOT NULL,
	"role" text NOT NULL,
	"shard" smallint DEFAULT 0 NOT NULL,
	"status" "task_status" NOT NULL,
	"bucket" text NOT NULL,
	"tasks" integer DEFAULT 0 NOT NULL,
	"due_days" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "task_summary_department_id_role_shard_status_bucket_pk" PRIMARY KEY("department_id","role","shard","status","bucket")
);
--> statement-breakpoint
CREATE TABLE "task_summary_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"as_of" date,
	"time_zone" text DEFAULT 'Asia/Shanghai' NOT NULL,
	"due_soon_days" integer DEFAULT 7 NOT NULL,
	"behind_points" integer DEFAULT 30 NOT NULL,
	CONSTRAINT "task_summary_state_one_row" CHECK ("task_summary_state"."id" = 1)
);
