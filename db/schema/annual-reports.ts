import { clock } from "@/lib/clock";
import { integer, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { plans } from "./plans";
import { users } from "./users";

// The author's edits of a plan year's report draft, by paragraph id. The draft
// itself is generated from the records on every read; only what a person
// rewrote is stored, so new records still flow into the paragraphs nobody touched.
export const annualReportDrafts = pgTable("annual_report_drafts", {
  planId: uuid("plan_id")
    .primaryKey()
    .references(() => plans.id, { onDelete: "cascade" }),
  edits: jsonb("edits").$type<Record<string, string>>().notNull().default({}),
  version: integer("version").notNull().default(1),
  updatedBy: uuid("updated_by").references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
});

export type TAnnualReportDraft = typeof annualReportDrafts.$inferSelect;
