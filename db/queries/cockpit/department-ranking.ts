import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { ensureTaskSummary } from "@/db/summary/task-summary";
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
 * overdue, from the task summary's lead rows (ADR 017) and the notices. Best first: highest on-time rate,
 * then fewest overdue.
 */
async function computeDepartmentRanking(context: TWarningContext): Promise<TDepartmentRank[]> {
  await ensureTaskSummary(context);
  const db = await getDb();
  // Days since 2000-01-01, the origin of the summary's due_days sums: avg(today − due) = today − Σdue ÷ n.
  const today = sql`(${context.today}::date - date '2000-01-01')`;
  const rows = await executeRows<Record<string, unknown>>(
    db,
    sql`
    with lead as (
      select department_id,
        sum(tasks) as total,
        sum(tasks) filter (where status = 'completed') as completed,
        sum(tasks) filter (where status = 'completed' and bucket = 'on_time') as completed_on_time,
        sum(tasks) filter (where bucket = 'red') as overdue,
        sum(due_days) filter (where bucket = 'red') as overdue_due_days
      from task_summary where role = 'lead' and status not in ('draft', 'cancelled', 'carried_over')
      group by department_id having sum(tasks) > 0
    ), received as (
      select department_id, count(*) as n from notices where status <> 'draft' and department_id is not null group by department_id
    )
    select d.id as department_id, d.name as department_name, l.total,
      coalesce(l.completed, 0) as completed, coalesce(l.completed_on_time, 0) as completed_on_time, coalesce(l.overdue, 0) as overdue,
      case when coalesce(l.overdue, 0) > 0 then (${today} * l.overdue - l.overdue_due_days)::numeric / l.overdue end as average_days_overdue,
      coalesce(r.n, 0) as notices_received
    from departments d
    join lead l on l.department_id = d.id
    left join received r on r.department_id = d.id`,
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
