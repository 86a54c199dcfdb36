import { clock } from "@/lib/clock";
import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { completionDraftStatusEnum } from "./enums";
import { tasks } from "./tasks";
import { users } from "./users";

// A 办结申请 prepared by a 联络员 (note + evidence, attachments.completion_draft_id) for the
// 单位负责人 to submit in one click. At most one is open per task; the rows stay after
// their outcome, so the submitted request keeps its evidence and the history who prepared it.
export const completionDrafts = pgTable(
  "completion_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    status: completionDraftStatusEnum("status").notNull().default("open"),
    note: text("note").notNull(),
    preparedBy: uuid("prepared_by")
      .notNull()
      .references(() => users.id),
    preparedAt: timestamp("prepared_at", { withTimezone: true }).notNull().$defaultFn(clock.now),
    /** The task's version the preparer saw (preparing moves the task's version on, like any change to it). */
    taskVersion: integer("task_version").notNull(),
    closedBy: uuid("closed_by").references(() => users.id),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("completion_drafts_open_key").on(t.taskId).where(sql`${t.status} = 'open'`),
    index("completion_drafts_task_idx").on(t.taskId, t.preparedAt),
  ],
);

export type TCompletionDraft = typeof completionDrafts.$inferSelect;
