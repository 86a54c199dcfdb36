import { sql } from "drizzle-orm";
import { bigint, check, date, integer, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { taskStatusEnum } from "./enums";

// The cockpit's and 考核's counts, kept by the writes themselves (ADR 017): one row per
// department × role × status × bucket, counted by triggers on tasks and task_departments
// in the same transaction as each write (db/migrations/0016_task_summary_triggers.sql, 0024_task_summary_chunked_roll.sql).
// Role 'task' rows count every task once (department_id is the zero uuid, spread over a
// few shards so that unrelated writes do not queue on one row); 'lead' and 'cooperating'
// rows count each department link. The bucket is the warning level as of
// task_summary_state.as_of ('red', 'yellow', 'green'), or for closed tasks 'on_time'
// (completed by its due date) or 'done'. due_days sums (due_date − 2000-01-01) so that
// the average days overdue of the red rows needs no scan.
export const taskSummary = pgTable(
  "task_summary",
  {
    departmentId: uuid("department_id").notNull(),
    role: text("role").notNull(),
    shard: smallint("shard").notNull().default(0),
    status: taskStatusEnum("status").notNull(),
    bucket: text("bucket").notNull(),
    tasks: integer("tasks").notNull().default(0),
    dueDays: bigint("due_days", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.departmentId, t.role, t.shard, t.status, t.bucket] })],
);

// The day and rules the buckets were computed for: one row, moved by the roll (midnight job,
// or the first read of a new day). The roll moves the tasks chunk by chunk, each chunk in a
// short transaction (migration 0024): while it runs, `rolled` chunks (by the first bits of the
// task id) count as of the next_* day and rules, the others as of the current ones.
export const taskSummaryState = pgTable(
  "task_summary_state",
  {
    id: smallint("id").primaryKey().default(1),
    asOf: date("as_of"),
    timeZone: text("time_zone").notNull().default("Asia/Shanghai"),
    dueSoonDays: integer("due_soon_days").notNull().default(7),
    behindPoints: integer("behind_points").notNull().default(30),
    nextAsOf: date("next_as_of"),
    nextTimeZone: text("next_time_zone"),
    nextDueSoonDays: integer("next_due_soon_days"),
    nextBehindPoints: integer("next_behind_points"),
    /** Chunks already moved to the next_* rules; null when no roll is under way. */
    rolled: smallint("rolled"),
  },
  (t) => [check("task_summary_state_one_row", sql`${t.id} = 1`)],
);
