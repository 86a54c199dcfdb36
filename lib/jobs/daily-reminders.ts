import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { jobMarks, notices, taskDepartments, tasks } from "@/db/schema";
import { addDaysTo, daysBetween, todayIn } from "@/lib/domain/calendar";
import { noticeTemplate } from "@/lib/domain/notice-templates";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { departmentUserIds, notifyUsers, supervisorUserIds } from "@/lib/services/notifications/notify";
import { draftNotice } from "@/lib/services/notices/draft-notice";
import { inTransaction } from "@/lib/services/transaction";
import { clock } from "@/lib/clock";

export const DUE_SOON_DAYS = 3;
export const URGE_AFTER_DAYS = 7;
const OPEN = ["assigned", "in_progress", "submitted"] as const;

/** Claims "rule:entity:day"; false when this work was already done (by an earlier run or another instance). */
async function claim(tx: Tx, key: string): Promise<boolean> {
  const rows = await tx.insert(jobMarks).values({ key }).onConflictDoNothing().returning({ key: jobMarks.key });
  return rows.length === 1;
}

async function leadOf(tx: Tx, taskIds: string[]) {
  if (taskIds.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ taskId: taskDepartments.taskId, departmentId: taskDepartments.departmentId })
    .from(taskDepartments)
    .where(and(inArray(taskDepartments.taskId, taskIds), eq(taskDepartments.role, "lead")));
  return new Map(rows.map((r) => [r.taskId, r.departmentId]));
}

export type TDailyResult = { dueSoon: number; overdue: number; urgeDrafts: number; noticeDue: number; alreadyRanToday?: true };

/** The mark of the day's scheduled run, in job_marks. */
export const dailyRunKey = (today: string) => `daily-run:${today}`;

/**
 * The 09:00 job. Each reminder is keyed by rule, task (or notice) and the due
 * date it is about, so running twice changes nothing, a day missed is caught
 * up the next day, and an extension (a new due date) earns a new reminder.
 *   - lead departments are reminded when a task falls due within 3 days;
 *   - on the first overdue day the departments and the supervisors are told;
 *   - after 7 overdue days a 催办通知 is drafted for a supervisor to review and send;
 *   - departments are reminded of notice responses due tomorrow.
 * `oncePerDay` (the scheduler's runs) first claims the day itself: whichever
 * instance's scheduler fires it, however often, the day's run happens once
 * (the claim commits or rolls back with the run). A run by hand does not.
 */
export async function runDailyReminders(now: Date = clock.now(), options: { oncePerDay?: boolean } = {}): Promise<TDailyResult> {
  const today = todayIn(getEnv().APP_TIMEZONE, now);
  return inTransaction(async (tx) => {
    const result: TDailyResult = { dueSoon: 0, overdue: 0, urgeDrafts: 0, noticeDue: 0 };
    if (options.oncePerDay && !(await claim(tx, dailyRunKey(today)))) {
      logger.info({ today }, "daily reminders: already ran today");
      return { ...result, alreadyRanToday: true };
    }
    const supervisors = await supervisorUserIds(tx);

    const soon = await tx
      .select({ id: tasks.id, title: tasks.title, dueDate: tasks.dueDate })
      .from(tasks)
      .where(and(inArray(tasks.status, OPEN), sql`${tasks.dueDate} between ${today}::date and ${addDaysTo(today, DUE_SOON_DAYS)}::date`));
    const soonLead = await leadOf(tx, soon.map((t) => t.id));
    for (const task of soon) {
      if (!(await claim(tx, `due-soon:${task.id}:${task.dueDate}`))) continue;
      await notifyUsers(tx, await departmentUserIds(tx, [soonLead.get(task.id) ?? null]), { kind: "reminder.due_soon", title: task.title, body: task.dueDate ?? "", link: `/tasks/${task.id}` });
      result.dueSoon++;
    }

    const overdue = await tx
      .select({ id: tasks.id, title: tasks.title, dueDate: tasks.dueDate })
      .from(tasks)
      .where(and(inArray(tasks.status, OPEN), lt(tasks.dueDate, today)));
    const overdueLead = await leadOf(tx, overdue.map((t) => t.id));
    for (const task of overdue) {
      const lead = overdueLead.get(task.id) ?? null;
      if (await claim(tx, `overdue:${task.id}:${task.dueDate}`)) {
        const all = await tx.select({ id: taskDepartments.departmentId }).from(taskDepartments).where(eq(taskDepartments.taskId, task.id));
        const people = [...(await departmentUserIds(tx, all.map((d) => d.id))), ...supervisors];
        await notifyUsers(tx, people, { kind: "reminder.overdue", title: task.title, body: task.dueDate ?? "", link: `/tasks/${task.id}` });
        result.overdue++;
      }
      if (lead && daysBetween(task.dueDate!, today) >= URGE_AFTER_DAYS && (await claim(tx, `urge-draft:${task.id}:${task.dueDate}`))) {
        // The same 催办 text a supervisor starts from on the task page, with the days overdue.
        const text = noticeTemplate("urge", { taskTitle: task.title, dueDate: task.dueDate, departmentName: null, overdueDays: daysBetween(task.dueDate!, today) });
        await draftNotice(tx, { kind: "urge", departmentId: lead, taskIds: [task.id], ...text, responseDueDate: addDaysTo(today, 7) }, null);
        await notifyUsers(tx, supervisors, { kind: "reminder.urge_draft", title: task.title, link: `/notices?status=draft` });
        result.urgeDrafts++;
      }
    }

    const tomorrow = addDaysTo(today, 1);
    const dueNotices = await tx
      .select({ id: notices.id, number: notices.number, departmentId: notices.departmentId })
      .from(notices)
      .where(and(inArray(notices.status, ["issued", "signed"]), eq(notices.responseDueDate, tomorrow)));
    for (const notice of dueNotices) {
      if (!notice.departmentId || !(await claim(tx, `notice-due:${notice.id}:${tomorrow}`))) continue;
      await notifyUsers(tx, await departmentUserIds(tx, [notice.departmentId]), { kind: "reminder.notice_due", title: notice.number ?? "", body: tomorrow, link: `/notices/${notice.id}` });
      result.noticeDue++;
    }

    await appendAuditEvent(tx, { actorId: null, action: "job.daily_reminders", data: { today, ...result } });
    logger.info({ today, ...result }, "daily reminders");
    return result;
  });
}
