import { clock } from "@/lib/clock";
import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { demonstrationCategoryEnum, goalKindEnum, goalTrackEnum, planStatusEnum } from "./enums";
import { users } from "./users";

export const plans = pgTable(
  "plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    status: planStatusEnum("status").notNull().default("draft"),
    sourceText: text("source_text"),
    createdBy: uuid("created_by").references(() => users.id),
    // 结转: the plan of the year before whose unfinished tasks this one took over (ADR 014).
    rolledFromPlanId: uuid("rolled_from_plan_id").references((): AnyPgColumn => plans.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [index("plans_year_idx").on(t.year), index("plans_rolled_from_idx").on(t.rolledFromPlanId)],
);

export const goals = pgTable(
  "goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => goals.id, { onDelete: "cascade" }),
    kind: goalKindEnum("kind").notNull(),
    // The document's own numbering: 一、 (一) 1. ① 一是 …
    code: text("code").notNull().default(""),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
    lineFrom: integer("line_from"),
    lineTo: integer("line_to"),
    // 示范创建 (ADR 020): a demonstration goal names its category; its stages are the
    // milestones of its task. `kind` above is the heading level the document gave it.
    track: goalTrackEnum("track").notNull().default("ordinary"),
    demonstrationCategory: demonstrationCategoryEnum("demonstration_category"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [
    index("goals_plan_idx").on(t.planId, t.sortOrder),
    index("goals_parent_idx").on(t.parentId),
    check("goals_demonstration_category", sql`(${t.track} = 'demonstration') = (${t.demonstrationCategory} is not null)`),
    // The cockpit's 示范创建 panel reads the few demonstration goals off this, never every goal.
    index("goals_demonstration_idx").on(t.planId).where(sql`${t.track} = 'demonstration'`),
  ],
);

export type TPlan = typeof plans.$inferSelect;
export type TGoal = typeof goals.$inferSelect;
