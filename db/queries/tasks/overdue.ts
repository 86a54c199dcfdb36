import "server-only";
import { aliasedTable, and, asc, count, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, taskDepartments, tasks } from "@/db/schema";
import type { TScopedActor } from "@/lib/domain/scope";
import type { TWarningContext } from "@/lib/domain/warning";
import { taskVisibility } from "./scope";
import { overdueConditionSql } from "./warning-sql";

export const OVERDUE_SORTS = ["days", "department", "lastProgress"] as const;
export type TOverdueSort = (typeof OVERDUE_SORTS)[number];

const leadLink = aliasedTable(taskDepartments, "lead_link");
const leadDepartment = aliasedTable(departments, "lead_department");

/**
 * 逾期清单: one page of the overdue tasks the actor may see, with days overdue,
 * lead department and last progress date, and the count per lead department over
 * all of them. Overdue is derived here from today in APP_TIMEZONE; nothing stores it.
 * Every order ends on the task id, so that pages neither repeat nor skip a row.
 */
export async function listOverdueTasks(
  actor: TScopedActor,
  context: TWarningContext,
  sort: TOverdueSort = "days",
  { limit, offset = 0 }: { limit: number; offset?: number },
) {
  const db = await getDb();
  const where = and(taskVisibility(actor), overdueConditionSql(context.today));
  const daysOverdue = sql<number>`(${context.today}::date - ${tasks.dueDate})`;
  const order =
    sort === "department"
      ? [asc(leadDepartment.sortOrder), asc(leadDepartment.name), desc(daysOverdue), asc(tasks.id)]
      : sort === "lastProgress"
        ? [sql`${tasks.lastProgressAt} asc nulls first`, desc(daysOverdue), asc(tasks.id)]
        : [desc(daysOverdue), asc(tasks.id)];
  const [rows, byDepartment] = await Promise.all([
    db
      .select({
        id: tasks.id,
        title: tasks.title,
        status: tasks.status,
        dueDate: tasks.dueDate,
        progress: tasks.progress,
        lastProgressAt: tasks.lastProgressAt,
        daysOverdue,
        leadDepartmentId: leadDepartment.id,
        leadDepartmentName: leadDepartment.name,
      })
      .from(tasks)
      .leftJoin(leadLink, and(eq(leadLink.taskId, tasks.id), eq(leadLink.role, "lead")))
      .leftJoin(leadDepartment, eq(leadDepartment.id, leadLink.departmentId))
      .where(where)
      .orderBy(...order)
      // One row past the page tells whether there is a next one.
      .limit(limit + 1)
      .offset(offset),
    db
      .select({ departmentId: leadDepartment.id, departmentName: leadDepartment.name, n: count() })
      .from(tasks)
      .leftJoin(leadLink, and(eq(leadLink.taskId, tasks.id), eq(leadLink.role, "lead")))
      .leftJoin(leadDepartment, eq(leadDepartment.id, leadLink.departmentId))
      .where(where)
      .groupBy(leadDepartment.id, leadDepartment.name)
      .orderBy(desc(count()), asc(leadDepartment.name)),
  ]);
  return {
    items: rows.slice(0, limit).map((r) => ({ ...r, daysOverdue: Number(r.daysOverdue) })),
    hasNext: rows.length > limit,
    byDepartment: byDepartment.map((d) => ({ ...d, n: Number(d.n) })),
    total: byDepartment.reduce((sum, d) => sum + Number(d.n), 0),
  };
}
