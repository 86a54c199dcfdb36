import "server-only";
import { aliasedTable, and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, frameworkIndicators, goals, indicatorFrameworks, notices, noticeTasks, progressReports, taskDepartments, taskIndicatorTags, tasks, users } from "@/db/schema";
import type { TScopedActor } from "@/lib/domain/scope";
import { taskWarning, type TWarningContext } from "@/lib/domain/warning";
import type { TCursor } from "./cursor";
import { keysetCondition, orderFor, SORT_KEYS, taskFilterConditions, type TTaskFilter } from "./list-tasks";

export const NOTE_EXCERPT_MAX = 500;

const leadLink = aliasedTable(taskDepartments, "lead_link");
const leadDepartment = aliasedTable(departments, "lead_department");

/**
 * The 台账 columns of the tasks with these ids. Per-task figures are
 * correlated subqueries on indexed columns, costing one lookup per row:
 * cooperating departments in their configured order; the latest progress
 * note (one more character than shown, to know it was cut); notices naming
 * the task that were issued (drafts not yet sent do not count).
 */
async function exportDetails(ids: string[]) {
  const db = await getDb();
  return db
    .select({
      id: tasks.id,
      title: tasks.title,
      status: tasks.status,
      dueDate: tasks.dueDate,
      startDate: tasks.startDate,
      publishedAt: tasks.publishedAt,
      progress: tasks.progress,
      goalCode: goals.code,
      goalTitle: goals.title,
      leadDepartmentName: leadDepartment.name,
      ownerName: users.name,
      cooperating: sql<string | null>`(select string_agg(d.name, '、' order by d.sort_order, d.name)
        from ${taskDepartments} td join ${departments} d on d.id = td.department_id
        where td.task_id = ${tasks.id} and td.role = 'cooperating')`,
      latestNote: sql<string | null>`(select left(pr.note, ${NOTE_EXCERPT_MAX + 1}) from ${progressReports} pr
        where pr.task_id = ${tasks.id} order by pr.created_at desc, pr.id desc limit 1)`,
      noticeCount: sql<number>`(select count(*)::int from ${noticeTasks} nt join ${notices} n on n.id = nt.notice_id
        where nt.task_id = ${tasks.id} and n.status <> 'draft')`,
      indicatorCodes: sql<string | null>`(select string_agg(f.code || ':' || fi.code, '、' order by f.sort_order, f.code, fi.code)
        from ${taskIndicatorTags} tt join ${frameworkIndicators} fi on fi.id = tt.indicator_id
        join ${indicatorFrameworks} f on f.id = fi.framework_id where tt.task_id = ${tasks.id})`,
    })
    .from(tasks)
    .leftJoin(leadLink, and(eq(leadLink.taskId, tasks.id), eq(leadLink.role, "lead")))
    .leftJoin(leadDepartment, eq(leadDepartment.id, leadLink.departmentId))
    .leftJoin(users, eq(users.id, tasks.ownerId))
    .leftJoin(goals, eq(goals.id, tasks.goalId))
    .where(inArray(tasks.id, ids));
}

/**
 * One batch of the export, in the task list's order and under its filters and
 * department scoping (taskFilterConditions, the same as the list), after the
 * given key. The batch's ids and keys are found first on the tasks table
 * alone, then its columns are read for those ids only, so a batch deep into
 * 100,000 rows costs what the first one does.
 */
export async function listTaskExportBatch(actor: TScopedActor, filter: TTaskFilter, context: TWarningContext, after: TCursor | null, limit: number) {
  const db = await getDb();
  const sort = filter.sort ?? "due";
  const keys = await db
    .select({ id: tasks.id, sortKey: SORT_KEYS[sort].key })
    .from(tasks)
    .where(and(...taskFilterConditions(actor, filter, context), keysetCondition(sort, after)))
    .orderBy(...orderFor(sort))
    .limit(limit);
  if (keys.length === 0) return { rows: [], next: null };
  const details = new Map((await exportDetails(keys.map((k) => k.id))).map((row) => [row.id, row]));
  const rows = keys.flatMap((key) => {
    const row = details.get(key.id);
    return row ? [{ ...row, warning: taskWarning(row, context) }] : [];
  });
  const last = keys[keys.length - 1]!;
  return { rows, next: keys.length === limit ? ([last.sortKey, last.id] as TCursor) : null };
}

export type TTaskExportRow = Awaited<ReturnType<typeof listTaskExportBatch>>["rows"][number];
