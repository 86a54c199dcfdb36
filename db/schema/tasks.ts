import { clock } from "@/lib/clock";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
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
import { departments } from "./departments";
import { demonstrationStageEnum, extensionStatusEnum, taskDepartmentRoleEnum, taskPriorityEnum, taskStatusEnum } from "./enums";
import { goals, plans } from "./plans";
import { users } from "./users";

// Overdue is derived (open and due_date < today in APP_TIMEZONE), never stored.
export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id").references(() => plans.id),
    goalId: uuid("goal_id").references(() => goals.id),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    status: taskStatusEnum("status").notNull().default("draft"),
    priority: taskPriorityEnum("priority").notNull().default("normal"),
    ownerId: uuid("owner_id").references(() => users.id),
    startDate: date("start_date"),
    dueDate: date("due_date"),
    // The due date before any approved extension, kept for assessment.
    originalDueDate: date("original_due_date"),
    progress: integer("progress").notNull().default(0),
    lastProgressAt: timestamp("last_progress_at", { withTimezone: true }),
    completionNote: text("completion_note"),
    createdBy: uuid("created_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    // 退回整改: when the review last sent it back (cleared when it is submitted
    // again or reopened), and how often that happened; the list filters on these.
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    returnCount: integer("return_count").notNull().default(0),
    // 结转: the task of an earlier plan year this one carries on (ADR 014). Unique, so a
    // task is carried at most once; the predecessor finds its successor through it.
    carriedFromTaskId: uuid("carried_from_task_id").references((): AnyPgColumn => tasks.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [
    check("tasks_progress_range", sql`${t.progress} between 0 and 100`),
    check("tasks_dates_order", sql`${t.startDate} is null or ${t.dueDate} is null or ${t.dueDate} >= ${t.startDate}`),
    index("tasks_status_due_idx").on(t.status, t.dueDate, t.id),
    index("tasks_open_due_idx")
      .on(t.dueDate, t.id)
      .where(sql`${t.status} in ('assigned', 'in_progress', 'submitted')`),
    // The task list's default order (db/queries/tasks/list-tasks.ts sorts by
    // coalesce(due_date, '9999-12-31'), id) over the open tasks: the overdue list
    // reads its first page straight off this index instead of sorting every open task.
    index("tasks_open_due_order_idx")
      .on(sql`coalesce(${t.dueDate}, '9999-12-31'::date)`, t.id)
      .where(sql`${t.status} in ('assigned', 'in_progress', 'submitted')`),
    // The same order over every task: the unfiltered list (a supervisor's 全部任务) reads
    // its first page off this one instead of sorting all tasks per request.
    index("tasks_due_order_idx").on(sql`coalesce(${t.dueDate}, '9999-12-31'::date)`, t.id),
    index("tasks_goal_idx").on(t.goalId),
    index("tasks_plan_idx").on(t.planId),
    index("tasks_owner_idx").on(t.ownerId),
    uniqueIndex("tasks_carried_from_idx").on(t.carriedFromTaskId),
  ],
);

// Both the lead (exactly one, once set) and the cooperating departments of a task:
// department scoping is one lookup on (department_id, task_id).
export const taskDepartments = pgTable(
  "task_departments",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
    role: taskDepartmentRoleEnum("role").notNull(),
    // 共同牵头: a second (third…) lead named by the plan. It is stored as a cooperating row, so
    // scoping and the one-lead rule stay as they are; the flag keeps what the document said.
    isCoLead: boolean("is_co_lead").notNull().default(false),
    // The task's coalesce(due_date, '9999-12-31'), copied here by triggers (migration
    // 0015, ADR 016) so that one department's list in due order is a range of
    // task_departments_department_due_idx instead of a walk of every task's due order.
    dueOrder: date("due_order").notNull().default(sql`'9999-12-31'::date`),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.departmentId] }),
    check("task_departments_co_lead_cooperates", sql`not ${t.isCoLead} or ${t.role} = 'cooperating'`),
    uniqueIndex("task_departments_one_lead").on(t.taskId).where(sql`${t.role} = 'lead'`),
    index("task_departments_department_idx").on(t.departmentId, t.role, t.taskId),
    index("task_departments_department_due_idx").on(t.departmentId, t.dueOrder, t.taskId, t.role),
  ],
);

export const milestones = pgTable(
  "milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    dueDate: date("due_date"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    completedBy: uuid("completed_by").references(() => users.id),
    sortOrder: integer("sort_order").notNull().default(0),
    // 示范创建 (ADR 020): the stage this milestone is, and the progress report holding its evidence.
    stage: demonstrationStageEnum("stage"),
    evidenceReportId: uuid("evidence_report_id").references((): AnyPgColumn => progressReports.id, { onDelete: "set null" }),
  },
  (t) => [
    index("milestones_task_idx").on(t.taskId, t.sortOrder),
    uniqueIndex("milestones_task_stage_idx").on(t.taskId, t.stage).where(sql`${t.stage} is not null`),
  ],
);

export const indicators = pgTable(
  "indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    unit: text("unit").notNull().default(""),
    target: numeric("target"),
    actual: numeric("actual"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("indicators_task_idx").on(t.taskId, t.sortOrder)],
);

export const progressReports = pgTable(
  "progress_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    departmentId: uuid("department_id").references(() => departments.id),
    percent: integer("percent").notNull(),
    note: text("note").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [
    check("progress_reports_percent_range", sql`${t.percent} between 0 and 100`),
    index("progress_reports_task_idx").on(t.taskId, t.createdAt),
  ],
);

export const extensionRequests = pgTable(
  "extension_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => users.id),
    currentDueDate: date("current_due_date").notNull(),
    requestedDueDate: date("requested_due_date").notNull(),
    reason: text("reason").notNull(),
    status: extensionStatusEnum("status").notNull().default("pending"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionReason: text("decision_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [
    index("extension_requests_task_idx").on(t.taskId, t.createdAt),
    index("extension_requests_pending_idx").on(t.createdAt).where(sql`${t.status} = 'pending'`),
  ],
);

export type TTask = typeof tasks.$inferSelect;
export type TTaskDepartment = typeof taskDepartments.$inferSelect;
export type TProgressReport = typeof progressReports.$inferSelect;
export type TExtensionRequest = typeof extensionRequests.$inferSelect;
