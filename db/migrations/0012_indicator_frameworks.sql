CREATE TYPE "public"."indicator_framework_kind" AS ENUM('demonstration', 'assessment', 'mechanism', 'other');--> statement-breakpoint
CREATE TABLE "framework_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"framework_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" integer NOT NULL,
	"parent_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"weight" numeric(6, 2),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "framework_indicators_level_positive" CHECK ("framework_indicators"."level" >= 1),
	CONSTRAINT "framework_indicators_weight_range" CHECK ("framework_indicators"."weight" is null or "framework_indicators"."weight" >= 0)
);
--> statement-breakpoint
CREATE TABLE "goal_indicator_tags" (
	"goal_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_indicator_tags_goal_id_indicator_id_pk" PRIMARY KEY("goal_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_frameworks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "indicator_framework_kind" DEFAULT 'other' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"shipped" boolean DEFAULT false NOT NULL,
	"use_in_assessment" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_indicator_tags" (
	"task_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_indicator_tags_task_id_indicator_id_pk" PRIMARY KEY("task_id","indicator_id")
);
--> statement-breakpoint
ALTER TABLE "framework_indicators" ADD CONSTRAINT "framework_indicators_framework_id_indicator_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."indicator_frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_indicators" ADD CONSTRAINT "framework_indicators_parent_id_framework_indicators_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."framework_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_indicator_tags" ADD CONSTRAINT "goal_indicator_tags_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_indicator_tags" ADD CONSTRAINT "goal_indicator_tags_indicator_id_framework_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."framework_indicators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_indicator_tags" ADD CONSTRAINT "goal_indicator_tags_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_indicator_tags" ADD CONSTRAINT "task_indicator_tags_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_indicator_tags" ADD CONSTRAINT "task_indicator_tags_indicator_id_framework_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."framework_indicators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_indicator_tags" ADD CONSTRAINT "task_indicator_tags_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "framework_indicators_code_key" ON "framework_indicators" USING btree ("framework_id","code");--> statement-breakpoint
CREATE INDEX "framework_indicators_tree_idx" ON "framework_indicators" USING btree ("framework_id","parent_id","sort_order");--> statement-breakpoint
CREATE INDEX "framework_indicators_parent_idx" ON "framework_indicators" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "goal_indicator_tags_indicator_idx" ON "goal_indicator_tags" USING btree ("indicator_id","goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_frameworks_code_key" ON "indicator_frameworks" USING btree ("code");--> statement-breakpoint
CREATE INDEX "indicator_frameworks_order_idx" ON "indicator_frameworks" USING btree ("sort_order","code");--> statement-breakpoint
CREATE INDEX "task_indicator_tags_indicator_idx" ON "task_indicator_tags" USING btree ("indicator_id","task_id");