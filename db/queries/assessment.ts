import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { rankAssessments, scoreDepartment, type TAssessmentFact, type TAssessmentRules } from "@/lib/domain/assessment";
import { daysBetween } from "@/lib/domain/calendar";
import { noticeFacts } from "./assessment-notices";
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
  if (departmentIds?.length === 0) return [];
  const db = await getDb();
  const due = rules.judgeAgainst === "original" ? sql`coalesce(t.original_due_date, t.due_date)` : sql`t.due_date`;
  const ids = departmentIds ? sql.join(departmentIds.map((id) => sql`${id}`), sql`, `) : null;
  const only = ids ? sql`and d.id in (${ids})` : sql``;
  // Only the links of the departments asked for (one department's items, loaded on demand).
  const onlyLinks = ids ? sql`and td.department_id in (${ids})` : sql``;
  const [departments, taskRows, notices] = await Promise.all([
    executeRows<TRow>(db, sql`select d.id, d.name, d.sort_order from departments d where d.is_active ${only} order by d.sort_order, d.name`),
    executeRows<TRow>(
      db,
      sql`select td.department_id, td.role, t.id, t.title, t.status, ${due}::text as due, (t.completed_at at time zone ${timeZone})::date::text as completed_day
        from tasks t join task_departments td on td.task_id = t.id
        where t.status not in ('draft', 'cancelled') and ${due} is not null ${onlyLinks}
          and ${due} >= ${`${year}-01-01`}::date and ${due} <= ${`${year}-12-31`}::date`,
    ),
    noticeFacts(year, today, timeZone, ids),
  ]);

  // 考核 by indicator (ADR 015): absent unless a framework with weights is chosen.
  const weighted = await assessmentIndicatorsByTask([...new Set(taskRows.map((row) => String(row.id)))]);
  const facts = new Map<string, TAssessmentFact[]>();
  const add = (departmentId: string, fact: TAssessmentFact) => {
    const list = facts.get(departmentId);
    if (list) list.push(fact);
    else facts.set(departmentId, [fact]);
  };
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
  for (const [departmentId, fact] of notices) add(departmentId, fact);
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

/** One department's items and score for the year (the page loads them on demand); null when the actor may not see it. */
export async function assessDepartment(actor: TScopedActor, year: number, departmentId: string, today: string, timeZone: string, rules: TAssessmentRules) {
  const visible = visibleDepartmentIds(actor);
  if (visible && !visible.includes(departmentId)) return null;
  const [row] = await assessmentFacts(year, today, timeZone, rules, [departmentId]);
  return row ? { departmentId: row.departmentId, departmentName: row.departmentName, assessable: row.assessable, ...scoreDepartment(row.facts, rules) } : null;
}
