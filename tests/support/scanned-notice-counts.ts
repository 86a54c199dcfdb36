import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";

// 考核's notice points per department as the scores' page counted them before ADR 022, from
// the year's notices (the circulars joined to their tasks' lead departments, the answers read
// off their partial index): what the kept assessment_notice_summary must equal, and the
// "before" of scripts/bench/time-reads.ts.
export async function scannedNoticeCounts(year: number, today: string, timeZone: string): Promise<Map<string, { circular: number; lateNoticeResponse: number }>> {
  const db = await getDb();
  const from = sql`(${`${year}-01-01`}::timestamp at time zone ${timeZone})`;
  const to = sql`(${`${year + 1}-01-01`}::timestamp at time zone ${timeZone})`;
  const [circulars, late] = await Promise.all([
    executeRows<Record<string, unknown>>(
      db,
      sql`select td.department_id, count(distinct n.id)::integer as n
        from notices n join notice_tasks nt on nt.notice_id = n.id
        join task_departments td on td.task_id = nt.task_id and td.role = 'lead'
        where n.kind = 'circular' and n.status <> 'draft' and n.issued_at >= ${from} and n.issued_at < ${to}
        group by 1`,
    ),
    executeRows<Record<string, unknown>>(
      db,
      sql`select n.department_id, count(*)::integer as n from notices n
        where n.kind <> 'circular' and n.status <> 'draft' and n.department_id is not null
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
