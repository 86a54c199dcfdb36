import { clock } from "@/lib/clock";
import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { departments } from "./departments";
import { noticeKindEnum, noticeStatusEnum } from "./enums";
import { tasks } from "./tasks";
import { users } from "./users";

export const notices = pgTable(
  "notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: noticeKindEnum("kind").notNull(),
    status: noticeStatusEnum("status").notNull().default("draft"),
    // Assigned when issued, inside the issuing transaction: 梁法督〔2026〕7号.
    prefix: text("prefix"),
    year: integer("year"),
    seq: integer("seq"),
    number: text("number"),
    // Null for a circular (通报), which goes to every department.
    departmentId: uuid("department_id").references(() => departments.id),
    title: text("title").notNull().default(""),
    content: text("content").notNull(),
    responseDueDate: date("response_due_date"),
    createdBy: uuid("created_by").references(() => users.id),
    issuedBy: uuid("issued_by").references(() => users.id),
    issuedAt: timestamp("issued_at", { withTimezone: true }),
    signedBy: uuid("signed_by").references(() => users.id),
    signedAt: timestamp("signed_at", { withTimezone: true }),
    // An officer's draft of the answer, which the head may edit and send.
    draftResponse: text("draft_response"),
    draftedBy: uuid("drafted_by").references(() => users.id),
    draftedAt: timestamp("drafted_at", { withTimezone: true }),
    response: text("response"),
    respondedBy: uuid("responded_by").references(() => users.id),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    closedBy: uuid("closed_by").references(() => users.id),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [
    uniqueIndex("notices_number_key").on(t.prefix, t.year, t.seq),
    index("notices_department_idx").on(t.departmentId, t.status, t.issuedAt),
    index("notices_status_idx").on(t.status, t.responseDueDate),
    // 考核 (ADR 021): a year's circulars by issue instant, and its answers' lateness read off
    // the index alone (deadline, department, status, answer time) instead of every notice.
    index("notices_circular_issued_idx").on(t.issuedAt).where(sql`${t.kind} = 'circular' and ${t.status} <> 'draft'`),
    index("notices_answer_due_idx")
      .on(t.responseDueDate, t.departmentId, t.status, t.respondedAt)
      .where(sql`${t.kind} <> 'circular' and ${t.status} <> 'draft' and ${t.departmentId} is not null`),
  ],
);

export const noticeTasks = pgTable(
  "notice_tasks",
  {
    noticeId: uuid("notice_id")
      .notNull()
      .references(() => notices.id, { onDelete: "cascade" }),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.taskId] }), index("notice_tasks_task_idx").on(t.taskId)],
);

// The last number given per issuer prefix and year; incremented under a row lock
// in the issuing transaction so that numbers are gap-free.
export const numberCounters = pgTable(
  "number_counters",
  {
    prefix: text("prefix").notNull(),
    year: integer("year").notNull(),
    lastValue: integer("last_value").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.year] })],
);

export const instructions = pgTable(
  "instructions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    taskId: uuid("task_id").references(() => tasks.id, { onDelete: "cascade" }),
    noticeId: uuid("notice_id").references(() => notices.id, { onDelete: "cascade" }),
    departmentId: uuid("department_id").references(() => departments.id),
    content: text("content").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [
    index("instructions_task_idx").on(t.taskId).where(sql`${t.taskId} is not null`),
    index("instructions_notice_idx").on(t.noticeId).where(sql`${t.noticeId} is not null`),
  ],
);

export type TNotice = typeof notices.$inferSelect;
export type TInstruction = typeof instructions.$inferSelect;
