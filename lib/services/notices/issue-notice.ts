import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { departments, notices, noticeTasks, taskDepartments, tasks } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { notifyUsers } from "@/lib/services/notifications/notify";
import { inTransaction } from "@/lib/services/transaction";
import type { TNoticeIssue } from "@/lib/validation/notices";
import { allocateNoticeNumber } from "./allocate-number";
import { noticeRecipientIds } from "./notice-recipients";
import { clock } from "@/lib/clock";

const invalid = (field: string, key: string) => new AppError("VALIDATION", "validationFailed", { fieldErrors: { [field]: [key] } });

/** The named tasks exist, are published, and (unless it is a circular) involve the recipient department. */
export async function checkNoticeTargets(tx: Tx, input: Pick<TNoticeIssue, "kind" | "departmentId" | "taskIds">) {
  if (input.kind !== "circular") {
    const [department] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.id, input.departmentId!), eq(departments.isActive, true)));
    if (!department) throw invalid("departmentId", "departmentUnknown");
  }
  const ids = [...new Set(input.taskIds)];
  const found = await tx.select({ id: tasks.id, status: tasks.status }).from(tasks).where(inArray(tasks.id, ids));
  if (found.length !== ids.length || found.some((t) => t.status === "draft")) throw invalid("taskIds", "taskUnknown");
  if (input.kind !== "circular") {
    const involved = await tx
      .select({ taskId: taskDepartments.taskId })
      .from(taskDepartments)
      .where(and(inArray(taskDepartments.taskId, ids), eq(taskDepartments.departmentId, input.departmentId!)));
    if (new Set(involved.map((r) => r.taskId)).size !== ids.length) throw invalid("taskIds", "taskNotOfDepartment");
  }
  return ids;
}

/** The year of the number: the issuing day's year in the app's time zone. */
export function issuingYear(now: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(now));
}

/**
 * 发出督办通知: checks, numbers (梁法督〔2026〕7号, gap-free) and records the
 * notice, its tasks, the audit event and the recipients' notifications in one
 * transaction.
 */
export async function issueNotice(actor: TActor, input: TNoticeIssue) {
  assertCan(actor, "notice:issue");
  const env = getEnv();
  return inTransaction(async (tx) => {
    const taskIds = await checkNoticeTargets(tx, input);
    const now = clock.now();
    const number = await allocateNoticeNumber(tx, env.NOTICE_PREFIX, issuingYear(now, env.APP_TIMEZONE));
    const [notice] = await tx
      .insert(notices)
      .values({
        kind: input.kind,
        status: "issued",
        ...number,
        departmentId: input.kind === "circular" ? null : input.departmentId,
        title: input.title ?? "",
        content: input.content,
        responseDueDate: input.kind === "circular" ? null : input.responseDueDate,
        createdBy: actor.id,
        issuedBy: actor.id,
        issuedAt: now,
      })
      .returning();
    await tx.insert(noticeTasks).values(taskIds.map((taskId) => ({ noticeId: notice!.id, taskId })));
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "notice.issue",
      entityType: "notice",
      entityId: notice!.id,
      data: { number: number.number, kind: input.kind, departmentId: notice!.departmentId, taskIds },
      ip: actor.ip,
    });
    await notifyUsers(tx, await noticeRecipientIds(tx, notice!), { kind: "notice.received", title: number.number, link: `/notices/${notice!.id}` }, actor.id);
    return notice!;
  });
}
