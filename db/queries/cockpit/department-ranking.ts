import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { coalesce } from "@/lib/coalesce";
import type { TWarningContext } from "@/lib/domain/warning";
import { assertCan, type TActorRoles } from "@/lib/domain/permissions";

export type TDepartmentRank = {
  departmentId: string;
  departmentName: string;
  total: number;
  completed: number;
  completedOnTime: number;
  overdue: number;
  noticesReceived: number;
  averageDaysOverdue: number | null;
  /** Completed on time ÷ (completed + overdue); null when nothing is due yet. */
  onTimeRate: number | null;
};

/**
 * 部门排名 over the tasks each department leads (published, not cancelled, not carried over: the successor counts):
 * on-time completion rate, overdue count, notices received and average days
 * overdue, computed in one grouped query. Best first: highest on-time rate,
 * then fewest overdue.
 */
async function computeDepartmentRanking(context: TWarningContext): Promise<TDepartmentRank[]> {
  const db = await getDb();
  const today = sql`${context.today}::date`;
  const rows = await executeRows<Record<string, unknown>>(
    db,
    sql`
    with lead as (
      select t.id, t.status, t.due_date, t.completed_at, td.department_id
      from tasks t join task_departments td on td.task_id = t.id and td.role = 'lead'
      where t.status not in ('draft', 'cancelled', 'carried_over')
    ), received as (
      select department_id, count(*) as n from notices where status <> 'draft' and department_id is not null group by department_id
    )
    select d.id as department_id, d.name as department_name,
      count(l.id) as total,
      count(*) filter (where l.status = 'completed') as completed,
      count(*) filter (where l.status = 'completed' and (l.completed_at at time zone ${context.timeZone})::date <= l.due_date) as completed_on_time,
      count(*) filter (where l.status in ('assigned', 'in_progress', 'submitted') and l.due_date < ${today}) as overdue,
      avg(${today} - l.due_date) filter (where l.status in ('assigned', 'in_progress', 'submitted') and l.due_date < ${today}) as average_days_overdue,
      coalesce(max(r.n), 0) as notices_received
    from departments d
    join lead l on l.department_id = d.id
    left join received r on r.department_id = d.id
    group by d.id, d.name`,
  );
  const ranks = rows.map((r) => {
    const completed = Number(r.completed);
    const overdue = Number(r.overdue);
    const completedOnTime = Number(r.completed_on_time);
    const base = completed + overdue;
    return {
      departmentId: String(r.department_id),
      departmentName: String(r.department_name),
      total: Number(r.total),
      completed,
      completedOnTime,
      overdue,
      noticesReceived: Number(r.notices_received),
      averageDaysOverdue: r.average_days_overdue === null ? null : Math.round(Number(r.average_days_overdue) * 10) / 10,
      onTimeRate: base === 0 ? null : Math.round((completedOnTime / base) * 1000) / 10,
    };
  });
  return ranks.sort(
    (a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || a.overdue - b.overdue || a.departmentName.localeCompare(b.departmentName, "zh-CN"),
  );
}

/** For those who see every department; shared by concurrent callers with the same day and rules (see coalesce). */
export async function departmentRanking(actor: TActorRoles, context: TWarningContext): Promise<TDepartmentRank[]> {
  assertCan(actor, "data:read_all");
  return coalesce(`departmentRanking:${JSON.stringify(context)}`, () => computeDepartmentRanking(context));
}
