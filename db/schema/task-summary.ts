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

// 考核's counts (ADR 021), kept by triggers beside task_summary (migration 0023): one row per
// department × role × deadline judged against ('original' or 'current') × year of that
// deadline × outcome — 'late' or 'on_time' for completed tasks (completed day in the state's
// zone against the deadline), 'overdue' or 'pending' for the others as of
// task_summary_state.as_of (rolled with task_summary). Drafts and cancelled tasks are not counted.
export const assessmentSummary = pgTable(
  "assessment_summary",
  {
    departmentId: uuid("department_id").notNull(),
    role: text("role").notNull(),
    judge: text("judge").notNull(),
    dueYear: integer("due_year").notNull(),
    outcome: text("outcome").notNull(),
    tasks: integer("tasks").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.judge, t.dueYear, t.departmentId, t.role, t.outcome] })],
);

// The cockpit's section-completion and 12-week-trend cards (ADR 021), kept by triggers on
// tasks (migration 0023), one count per (kind, ref, ref2): 'goal' rows by goal id and
// 'status:overdue' (overdue as of task_summary_state.as_of, rolled with task_summary);
// 'published' by publication day, 'completed' by completion day and the later of the
// publication day and that week's Monday; 'overdue_from' / 'overdue_until' by the day a task
// becomes overdue and the day its completion ends that (days in the state's zone); the day
// rows are spread over 8 shards by task id (in ref2) so that a day's writes do not queue on one row.
export const cockpitCardSummary = pgTable(
  "cockpit_card_summary",
  {
    kind: text("kind").notNull(),
    ref: text("ref").notNull(),
    ref2: text("ref2").notNull(),
    tasks: integer("tasks").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.kind, t.ref, t.ref2] })],
);

// 考核's notice points (ADR 022), kept by triggers on notices, notice_tasks and task_departments
// (migration 0026) like assessment_summary: one row per year × department × kind × outcome.
// kind 'circular' (outcome ''): the circulars (通报, not drafts) issued in that year (issue day in
// task_summary_state's zone) that name a task the department leads, each counted once per
// department. kind 'answer': the department's answers to its other notices by the year of the
// response deadline — 'late' or 'on_time' when answered (answer day in the zone against the
// deadline), 'closed' when closed unanswered, else 'overdue' or 'pending' as of
// task_summary_state.as_of (rolled at midnight with the rest).
export const assessmentNoticeSummary = pgTable(
  "assessment_notice_summary",
  {
    year: integer("year").notNull(),
    departmentId: uuid("department_id").notNull(),
    kind: text("kind").notNull(),
    outcome: text("outcome").notNull(),
    notices: integer("notices").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.year, t.departmentId, t.kind, t.outcome] })],
);

// How many of a circular's tasks each department leads (ADR 022): a circular counts for a
// department while this is above zero, so that a change of one task's lead or of the circular's
// tasks moves the count only when the department gains or loses its last link. Circulars only;
// rows at zero are deleted.
export const assessmentCircularLeads = pgTable(
  "assessment_circular_leads",
  {
    noticeId: uuid("notice_id").notNull(),
    departmentId: uuid("department_id").notNull(),
    links: integer("links").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.departmentId] })],
);
