import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { rankAssessments, scoreDepartment, type TAssessmentFact, type TAssessmentRules } from "@/lib/domain/assessment";
import { daysBetween } from "@/lib/domain/calendar";
import { isResponseLate } from "@/lib/domain/notice-rules";
import { visibleDepartmentIds, type TScopedActor } from "@/lib/domain/scope";
import { assessmentIndicatorsByTask } from "./indicators/assessment-weights";

type TRow = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/**
 * The facts of a year for every department (or only the actor's own): tasks
 * judged against their deadline, circulars naming the tasks it leads, late
 * answers to notices. A task counts in the year of its deadline, once that
 * deadline has passed or the task is done.
 */
export async function assessmentFacts(year: number, today: string, timeZone: string, rules: TAssessmentRules, departmentIds: string[] | null) {
  const db = await getDb();
  const due = rules.judgeAgainst === "original" ? sql`coalesce(t.original_due_date, t.due_date)` : sql`t.due_date`;
  const only = departmentIds ? sql`and d.id in (${sql.join(departmentIds.map((id) => sql`${id}`), sql`, `)})` : sql``;
  const [departments, taskRows, circulars, answers] = await Promise.all([
    executeRows<TRow>(db, sql`select d.id, d.name, d.sort_order from departments d where d.is_active ${only} order by d.sort_order, d.name`),
    executeRows<TRow>(
      db,
      sql`select td.department_id, td.role, t.id, t.title, t.status, ${due}::text as due, (t.completed_at at time zone ${timeZone})::date::text as completed_day
        from tasks t join task_departments td on td.task_id = t.id
        where t.status not in ('draft', 'cancelled') and ${due} is not null
          and ${due} >= ${`${year}-01-01`}::date and ${due} <= ${`${year}-12-31`}::date`,
    ),
    executeRows<TRow>(
      db,
      sql`select distinct n.id, coalesce(nullif(n.title, ''), n.number) as title, (n.issued_at at time zone ${timeZone})::date::text as day, td.department_id
        from notices n join notice_tasks nt on nt.notice_id = n.id
        join task_departments td on td.task_id = nt.task_id and td.role = 'lead'
        where n.kind = 'circular' and n.status <> 'draft'
          and (n.issued_at at time zone ${timeZone})::date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
    ),
    executeRows<TRow>(
      db,
      sql`select n.id, n.kind, n.status, n.number, coalesce(nullif(n.title, ''), n.number) as title, n.department_id, n.response_due_date::text as response_due,
          (n.responded_at at time zone ${timeZone})::date::text as responded_day
        from notices n
        where n.kind <> 'circular' and n.status <> 'draft' and n.department_id is not null
          and n.response_due_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
    ),
  ]);

  // 考核 by indicator (ADR 015): absent unless a framework with weights is chosen.
  const weighted = await assessmentIndicatorsByTask([...new Set(taskRows.map((row) => String(row.id)))]);
  const facts = new Map<string, TAssessmentFact[]>();
  const add = (departmentId: string, fact: TAssessmentFact) => facts.set(departmentId, [...(facts.get(departmentId) ?? []), fact]);
  for (const row of taskRows) {
    const dueDay = String(row.due);
    const completed = str(row.completed_day);
    const isLead = row.role === "lead";
    const indicators = weighted.get(String(row.id));
    const base = { taskId: String(row.id), title: String(row.title), ...(indicators ? { indicators } : {}) };
    if (completed !== null && row.status === "completed") {
      if (daysBetween(dueDay, completed) > 0) add(String(row.department_id), { ...base, rule: isLead ? "leadOverdue" : "cooperatingOverdue", day: completed });
      else if (isLead) add(String(row.department_id), { ...base, rule: "onTimeCompletion", day: completed });
    } else if (daysBetween(dueDay, today) > 0) {
      add(String(row.department_id), { ...base, rule: isLead ? "leadOverdue" : "cooperatingOverdue", day: dueDay });
    }
  }
  for (const row of circulars) add(String(row.department_id), { rule: "circular", noticeId: String(row.id), title: String(row.title ?? ""), day: String(row.day) });
  for (const row of answers) {
    const late = isResponseLate(
      { status: row.status as "issued", kind: row.kind as "urge", responseDueDate: str(row.response_due), respondedDay: str(row.responded_day) },
      today,
    );
    if (late) add(String(row.department_id), { rule: "lateNoticeResponse", noticeId: String(row.id), title: String(row.title ?? ""), day: str(row.responded_day) ?? String(row.response_due) });
  }
  // A department is judged this year when a task it leads or cooperates on falls due in it (done or not yet), or a notice counted.
  const withTasks = new Set(taskRows.map((row) => String(row.department_id)));
  return departments.map((d) => ({
    departmentId: String(d.id),
    departmentName: String(d.name),
    facts: facts.get(String(d.id)) ?? [],
    assessable: withTasks.has(String(d.id)) || facts.has(String(d.id)),
  }));
}

/** Each department's score for the year, ranked best first, then those with no task (unranked); department users see their own department only. */
export async function assessDepartments(actor: TScopedActor, year: number, today: string, timeZone: string, rules: TAssessmentRules) {
  const rows = await assessmentFacts(year, today, timeZone, rules, visibleDepartmentIds(actor));
  return rankAssessments(
    rows.map((row) => ({ departmentId: row.departmentId, departmentName: row.departmentName, assessable: row.assessable, ...scoreDepartment(row.facts, rules) })),
  );
}

export type TDepartmentAssessment = Awaited<ReturnType<typeof assessDepartments>>[number];
