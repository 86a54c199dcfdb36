import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { ensureTaskSummary } from "@/db/summary/task-summary";
import { ASSESSMENT_RULE_KEYS, rankAssessments, scoreCounts, type TAssessmentRuleKey, type TAssessmentRules } from "@/lib/domain/assessment";
import { visibleDepartmentIds, type TScopedActor } from "@/lib/domain/scope";
import type { TWarningContext } from "@/lib/domain/warning";
import { assessDepartments } from "./assessment";
import { noticeCounts } from "./assessment-notices";
import { assessmentWeighting } from "./indicators/assessment-weights";

type TRow = Record<string, unknown>;

/**
 * Each department's score and totals for the year, ranked as `assessDepartments` ranks them,
 * without the items behind them (the page loads one department's on demand): the task
 * points from the kept assessment_summary (ADR 021) instead of every task of the year, the
 * notice points from the kept assessment_notice_summary (ADR 022). When a framework weighs the assessment by
 * indicator each task's points differ, so the scores come from the items as before.
 */
export async function assessmentScores(actor: TScopedActor, year: number, context: TWarningContext, rules: TAssessmentRules) {
  if (await assessmentWeighting()) {
    const full = await assessDepartments(actor, year, context.today, context.timeZone, rules);
    return full.map(({ departmentId, departmentName, assessable, score, totals, rank, items }) => ({ departmentId, departmentName, assessable, score, totals, itemCount: items.length, rank }));
  }
  await ensureTaskSummary(context);
  const db = await getDb();
  const visible = visibleDepartmentIds(actor);
  if (visible?.length === 0) return []; // an account without a department sees no department
  const ids = visible ? sql.join(visible.map((id) => sql`${id}`), sql`, `) : null;
  const [departments, counted, notices] = await Promise.all([
    executeRows<TRow>(db, sql`select d.id, d.name from departments d where d.is_active ${ids ? sql`and d.id in (${ids})` : sql``} order by d.sort_order, d.name`),
    executeRows<TRow>(
      db,
      sql`select s.department_id, s.role, s.outcome, sum(s.tasks)::integer as n from assessment_summary s
        where s.judge = ${rules.judgeAgainst} and s.due_year = ${year} ${ids ? sql`and s.department_id in (${ids})` : sql``}
        group by 1, 2, 3 having sum(s.tasks) <> 0`,
    ),
    noticeCounts(year, ids),
  ]);
  const counts = new Map<string, Record<TAssessmentRuleKey, number>>();
  const countOf = (departmentId: string) => {
    const found = counts.get(departmentId);
    if (found) return found;
    const fresh = Object.fromEntries(ASSESSMENT_RULE_KEYS.map((key) => [key, 0])) as Record<TAssessmentRuleKey, number>;
    counts.set(departmentId, fresh);
    return fresh;
  };
  // Every judged link makes its department assessable, even one not yet due ('pending').
  for (const row of counted) {
    const count = countOf(String(row.department_id));
    const isLead = row.role === "lead";
    if (row.outcome === "late" || row.outcome === "overdue") count[isLead ? "leadOverdue" : "cooperatingOverdue"] += Number(row.n);
    else if (row.outcome === "on_time" && isLead) count.onTimeCompletion += Number(row.n);
  }
  for (const [departmentId, n] of notices) {
    const count = countOf(departmentId);
    count.circular += n.circular;
    count.lateNoticeResponse += n.lateNoticeResponse;
  }
  return rankAssessments(
    departments.map((d) => {
      const count = counts.get(String(d.id));
      const all = count ?? countOf(String(d.id));
      const itemCount = Object.values(all).reduce((a, b) => a + b, 0);
      return { departmentId: String(d.id), departmentName: String(d.name), assessable: count !== undefined, ...scoreCounts(all, rules), itemCount };
    }),
  );
}

export type TAssessmentScoreRow = Awaited<ReturnType<typeof assessmentScores>>[number];
