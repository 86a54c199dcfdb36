import "server-only";
import { and, asc, between, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { auditEvents, departments, notices, taskDepartments, tasks } from "@/db/schema";
import type { TMonthlyCircularInput } from "@/lib/domain/monthly-circular";
import { endOfMonthOf, dayOf } from "@/lib/domain/calendar";
import { TZDate } from "@date-fns/tz";
import { LEAD_LINK, LINKED_DEPARTMENT } from "../lead-department";

/** The month's first and last instants in the time zone (returns are dated by their audit events). */
function monthInstants(first: string, last: string, timeZone: string): [Date, Date] {
  const [y1, m1, d1] = first.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = last.split("-").map(Number) as [number, number, number];
  return [new Date(new TZDate(y1, m1 - 1, d1, 0, 0, 0, 0, timeZone).getTime()), new Date(new TZDate(y2, m2 - 1, d2, 23, 59, 59, 999, timeZone).getTime())];
}

/**
 * What the monthly circular counts, read in the caller's transaction: the
 * tasks due in the month, the month's returns and the unanswered notices.
 * District-wide: the service checks the permission before calling.
 */
export async function monthlyCircularInput(tx: DbOrTx, month: string, asOf: string, timeZone: string): Promise<TMonthlyCircularInput> {
  const first = `${month}-01`;
  const last = endOfMonthOf(first);
  const [from, to] = monthInstants(first, last, timeZone);
  const [departmentRows, taskRows, returnRows, unansweredRows] = await Promise.all([
    tx.select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.sortOrder), asc(departments.name)),
    tx
      .select({
        id: tasks.id,
        title: tasks.title,
        status: tasks.status,
        dueDate: tasks.dueDate,
        completedAt: tasks.completedAt,
        departmentId: taskDepartments.departmentId,
        departmentName: departments.name,
      })
      .from(tasks)
      .leftJoin(taskDepartments, LEAD_LINK)
      .leftJoin(departments, LINKED_DEPARTMENT)
      .where(and(between(tasks.dueDate, first, last), inArray(tasks.status, ["assigned", "in_progress", "submitted", "completed"])))
      .orderBy(asc(tasks.dueDate), asc(tasks.id)),
    tx
      .select({ taskId: auditEvents.entityId, departmentId: taskDepartments.departmentId })
      .from(auditEvents)
      .leftJoin(taskDepartments, and(sql`${taskDepartments.taskId}::text = ${auditEvents.entityId}`, eq(taskDepartments.role, "lead")))
      .where(and(eq(auditEvents.entityType, "task"), inArray(auditEvents.action, ["task.reject", "task.decline"]), between(auditEvents.at, from, to))),
    tx
      .select({ departmentId: notices.departmentId, count: sql<number>`count(*)::int` })
      .from(notices)
      .where(and(inArray(notices.status, ["issued", "signed"]), ne(notices.kind, "circular"), isNotNull(notices.departmentId)))
      .groupBy(notices.departmentId),
  ]);
  return {
    month,
    asOf,
    departments: departmentRows,
    tasksDue: taskRows.map(({ completedAt, dueDate, ...t }) => ({ ...t, dueDate: dueDate!, completedDay: completedAt ? dayOf(completedAt, timeZone) : null })),
    returned: returnRows.map((r) => ({ taskId: r.taskId!, departmentId: r.departmentId })),
    unanswered: unansweredRows.map((r) => ({ departmentId: r.departmentId!, count: Number(r.count) })),
  };
}
