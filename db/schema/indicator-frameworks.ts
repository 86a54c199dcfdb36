import { clock } from "@/lib/clock";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { indicatorFrameworkKindEnum } from "./enums";
import { goals } from "./plans";
import { tasks } from "./tasks";
import { users } from "./users";

// 指标体系 (docs/decisions/015-indicator-frameworks.md). Not to be confused with
// the `indicators` table of tasks (a task's own target/actual figures).
export const indicatorFrameworks = pgTable(
  "indicator_frameworks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Stable, short, unique: "1211", "SFZB-2021". Qualifies indicator codes outside the framework.
    code: text("code").notNull(),
    name: text("name").notNull(),
    kind: indicatorFrameworkKindEnum("kind").notNull().default("other"),
    description: text("description").notNull().default(""),
    // Shipped with Dudao (migration 0013); still editable, never required.
    shipped: boolean("shipped").notNull().default(false),
    // 考核 by indicator: the assessment weights tasks by this framework's indicator weights.
    useInAssessment: boolean("use_in_assessment").notNull().default(false),
    sortOrder: integer("sort_order").notNull().default(0),
    // Bumped by every change to the framework or its tree (import checks it).
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [uniqueIndex("indicator_frameworks_code_key").on(t.code), index("indicator_frameworks_order_idx").on(t.sortOrder, t.code)],
);

// One node of a framework's coded tree. level 1 is a root; a child's level is its parent's + 1.
export const frameworkIndicators = pgTable(
  "framework_indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    frameworkId: uuid("framework_id")
      .notNull()
      .references(() => indicatorFrameworks.id, { onDelete: "cascade" }),
    // Unique within the framework ("1", "1.1", "A1").
    code: text("code").notNull(),
    name: text("name").notNull(),
    level: integer("level").notNull(),
    // no action (checked at the end of the statement): one DELETE may remove a whole subtree.
    parentId: uuid("parent_id").references((): AnyPgColumn => frameworkIndicators.id),
    sortOrder: integer("sort_order").notNull().default(0),
    // 考核 weight of the tasks tagged with this indicator; null = not weighted (counts 1).
    weight: numeric("weight", { precision: 6, scale: 2 }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [
    check("framework_indicators_level_positive", sql`${t.level} >= 1`),
    check("framework_indicators_weight_range", sql`${t.weight} is null or ${t.weight} >= 0`),
    uniqueIndex("framework_indicators_code_key").on(t.frameworkId, t.code),
    index("framework_indicators_tree_idx").on(t.frameworkId, t.parentId, t.sortOrder),
    index("framework_indicators_parent_idx").on(t.parentId),
  ],
);

// Tags: which indicators a task serves. Deleting a tagged indicator is refused (restrict).
export const taskIndicatorTags = pgTable(
  "task_indicator_tags",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => frameworkIndicators.id, { onDelete: "restrict" }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.indicatorId] }), index("task_indicator_tags_indicator_idx").on(t.indicatorId, t.taskId)],
);

// Tags: which indicators a plan goal serves.
export const goalIndicatorTags = pgTable(
  "goal_indicator_tags",
  {
    goalId: uuid("goal_id")
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => frameworkIndicators.id, { onDelete: "restrict" }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [primaryKey({ columns: [t.goalId, t.indicatorId] }), index("goal_indicator_tags_indicator_idx").on(t.indicatorId, t.goalId)],
);

export type TIndicatorFramework = typeof indicatorFrameworks.$inferSelect;
export type TFrameworkIndicator = typeof frameworkIndicators.$inferSelect;
export type TTaskIndicatorTag = typeof taskIndicatorTags.$inferSelect;
export type TGoalIndicatorTag = typeof goalIndicatorTags.$inferSelect;
