import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import type { TAssessmentFact } from "@/lib/domain/assessment";
import { isResponseLate } from "@/lib/domain/notice-rules";

type TRow = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/**
 * 考核's notice facts of a year, as [department, fact]: circulars naming a task the
 * department leads, then late answers to its notices (as of today). `departmentIds`, a
 * list of ids already joined for SQL, keeps only those departments' facts.
 */
export async function noticeFacts(year: number, today: string, timeZone: string, departmentIds: SQL | null): Promise<[string, TAssessmentFact][]> {
  const db = await getDb();
  const [circulars, answers] = await Promise.all([
    executeRows<TRow>(
      db,
      sql`select distinct n.id, coalesce(nullif(n.title, ''), n.number) as title, (n.issued_at at time zone ${timeZone})::date::text as day, td.department_id
        from notices n join notice_tasks nt on nt.notice_id = n.id
        join task_departments td on td.task_id = nt.task_id and td.role = 'lead'
        where n.kind = 'circular' and n.status <> 'draft' ${departmentIds ? sql`and td.department_id in (${departmentIds})` : sql``}
          and (n.issued_at at time zone ${timeZone})::date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
    ),
    executeRows<TRow>(
      db,
      sql`select n.id, n.kind, n.status, n.number, coalesce(nullif(n.title, ''), n.number) as title, n.department_id, n.response_due_date::text as response_due,
          (n.responded_at at time zone ${timeZone})::date::text as responded_day
        from notices n
        where n.kind <> 'circular' and n.status <> 'draft' and n.department_id is not null ${departmentIds ? sql`and n.department_id in (${departmentIds})` : sql``}
          and n.response_due_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
    ),
  ]);
  const facts: [string, TAssessmentFact][] = [];
  for (const row of circulars) facts.push([String(row.department_id), { rule: "circular", noticeId: String(row.id), title: String(row.title ?? ""), day: String(row.day) }]);
  for (const row of answers) {
    const late = isResponseLate(
      { status: row.status as "issued", kind: row.kind as "urge", responseDueDate: str(row.response_due), respondedDay: str(row.responded_day) },
      today,
    );
    if (late) facts.push([String(row.department_id), { rule: "lateNoticeResponse", noticeId: String(row.id), title: String(row.title ?? ""), day: str(row.responded_day) ?? String(row.response_due) }]);
  }
  return facts;
}

/**
 * The same notice facts counted per department instead of listed (the scores' page), read off
 * the kept counts (assessment_notice_summary, ADR 022) instead of the year's notices: the
 * circulars as distinct notices per leading department, the late answers as answered after the
 * deadline ('late') or unanswered past it as of the summary's day ('overdue'). The caller makes
 * the summary answer for today first (ensureTaskSummary), as for the task points.
 */
export async function noticeCounts(year: number, departmentIds: SQL | null): Promise<Map<string, { circular: number; lateNoticeResponse: number }>> {
  const db = await getDb();
  const rows = await executeRows<TRow>(
    db,
    sql`select s.department_id, coalesce(sum(s.notices) filter (where s.kind = 'circular'), 0)::integer as circular,
        coalesce(sum(s.notices) filter (where s.kind = 'answer'), 0)::integer as late
      from assessment_notice_summary s
      where s.year = ${year} and (s.kind = 'circular' or s.outcome in ('late', 'overdue')) ${departmentIds ? sql`and s.department_id in (${departmentIds})` : sql``}
      group by 1 having sum(s.notices) <> 0`,
  );
  const counts = new Map<string, { circular: number; lateNoticeResponse: number }>();
  for (const row of rows) counts.set(String(row.department_id), { circular: Number(row.circular), lateNoticeResponse: Number(row.late) });
  return counts;
}
