import { clock } from "@/lib/clock";
import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { completionDrafts } from "./completion-drafts";
import { notices } from "./notices";
import { progressReports, tasks } from "./tasks";
import { users } from "./users";

// Evidence files, stored on disk by content hash (several rows may share a file).
export const attachments = pgTable(
  "attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sha256: text("sha256").notNull(),
    size: integer("size").notNull(),
    mimeType: text("mime_type").notNull(),
    originalName: text("original_name").notNull(),
    taskId: uuid("task_id").references(() => tasks.id, { onDelete: "cascade" }),
    progressReportId: uuid("progress_report_id").references(() => progressReports.id, { onDelete: "cascade" }),
    noticeId: uuid("notice_id").references(() => notices.id, { onDelete: "cascade" }),
    // Evidence of a prepared 办结申请 (also linked to its task): the draft row outlives its outcome, so this stays.
    completionDraftId: uuid("completion_draft_id").references(() => completionDrafts.id, { onDelete: "set null" }),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [
    index("attachments_task_idx").on(t.taskId),
    index("attachments_report_idx").on(t.progressReportId),
    index("attachments_notice_idx").on(t.noticeId),
    index("attachments_completion_draft_idx").on(t.completionDraftId),
    // Whether a file is still used, before the purge of abandoned uploads deletes it.
    index("attachments_sha256_idx").on(t.sha256),
    // Uploads never linked to anything, oldest first: what the purge looks for.
    index("attachments_unlinked_idx")
      .on(t.createdAt)
      .where(sql`${t.taskId} is null and ${t.progressReportId} is null and ${t.noticeId} is null and ${t.completionDraftId} is null`),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    link: text("link"),
    // Makes scheduled notifications idempotent: rule + entity + day.
    dedupeKey: text("dedupe_key"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt),
    index("notifications_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
    uniqueIndex("notifications_dedupe_key").on(t.userId, t.dedupeKey),
  ],
);

// Append-only and hash-chained (ADR 002, 018). A write inserts its event with
// an id from a sequence, no lock; the sealer then gives committed events their
// chain position, predecessor's hash and hash, once (a trigger allows only
// that update). Null position = committed but not sealed yet.
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" })
      .primaryKey()
      .default(sql`nextval('audit_events_id_seq')`),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    entityType: text("entity_type"),
    entityId: text("entity_id"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
    position: bigint("position", { mode: "number" }),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    index("audit_events_actor_idx").on(t.actorId, t.at),
    uniqueIndex("audit_events_position_key").on(t.position),
    index("audit_events_unsealed_idx").on(t.id).where(sql`${t.position} is null`),
  ],
);

export type TAttachment = typeof attachments.$inferSelect;
export type TNotification = typeof notifications.$inferSelect;
export type TAuditEvent = typeof auditEvents.$inferSelect;

// Marks of scheduled work already done ("rule:entity:day"): a daily job that
// runs twice, or on two instances at once, acts only where it inserts the mark.
export const jobMarks = pgTable("job_marks", {
  key: text("key").primaryKey(),
  doneAt: timestamp("done_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
});
