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
 * The same notice facts counted per department instead of listed (the scores' page): the
 * circulars as distinct notices, the late answers by `isResponseLate`'s rule in SQL (an
 * answer's day after the response deadline; unanswered and not closed, today after it).
 * The issue day's range is a range of instants in the zone, so that an index can serve it.
 */
export async function noticeCounts(year: number, today: string, timeZone: string, departmentIds: SQL | null): Promise<Map<string, { circular: number; lateNoticeResponse: number }>> {
  const db = await getDb();
  const from = sql`(${`${year}-01-01`}::timestamp at time zone ${timeZone})`;
  const to = sql`(${`${year + 1}-01-01`}::timestamp at time zone ${timeZone})`;
  const [circulars, late] = await Promise.all([
    executeRows<TRow>(
      db,
      sql`select td.department_id, count(distinct n.id)::integer as n
        from notices n join notice_tasks nt on nt.notice_id = n.id
        join task_departments td on td.task_id = nt.task_id and td.role = 'lead'
        where n.kind = 'circular' and n.status <> 'draft' ${departmentIds ? sql`and td.department_id in (${departmentIds})` : sql``}
          and n.issued_at >= ${from} and n.issued_at < ${to}
        group by 1`,
    ),
    executeRows<TRow>(
      db,
      sql`select n.department_id, count(*)::integer as n from notices n
        where n.kind <> 'circular' and n.status <> 'draft' and n.department_id is not null ${departmentIds ? sql`and n.department_id in (${departmentIds})` : sql``}
          and n.response_due_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date
          and case when n.responded_at is not null then (n.responded_at at time zone ${timeZone})::date > n.response_due_date
            when n.status = 'closed' then false else ${today}::date > n.response_due_date end
        group by 1`,
    ),
  ]);
  const counts = new Map<string, { circular: number; lateNoticeResponse: number }>();
  const of = (id: unknown) => counts.get(String(id)) ?? counts.set(String(id), { circular: 0, lateNoticeResponse: 0 }).get(String(id))!;
  for (const row of circulars) of(row.department_id).circular = Number(row.n);
  for (const row of late) of(row.department_id).lateNoticeResponse = Number(row.n);
  return counts;
}
