import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { executeRows } from "@/db/execute-rows";

export type TAssessmentSummaryDifference = { judge: string; dueYear: number; departmentId: string; role: string; outcome: string; kept: number; counted: number };

/**
 * The consistency check of 考核's kept counts (ADR 021, migration 0023): every key whose
 * kept count differs from a full recount as of task_summary_state. Empty when sound.
 */
export async function assessmentSummaryDifferences(db: DbOrTx): Promise<TAssessmentSummaryDifference[]> {
  const rows = await executeRows<Record<string, unknown>>(
    db,
    sql`with kept as (
        select judge, due_year, department_id, role, outcome, sum(tasks)::bigint as n from assessment_summary group by 1, 2, 3, 4, 5
      ), counted as (
        select judge, due_year, department_id, role, outcome, sum(tasks)::bigint as n from assessment_summary_recount() group by 1, 2, 3, 4, 5
      )
      select coalesce(k.judge, c.judge) as judge, coalesce(k.due_year, c.due_year) as due_year, coalesce(k.department_id, c.department_id) as department_id,
        coalesce(k.role, c.role) as role, coalesce(k.outcome, c.outcome) as outcome, coalesce(k.n, 0) as kept, coalesce(c.n, 0) as counted
      from kept k full join counted c using (judge, due_year, department_id, role, outcome)
      where coalesce(k.n, 0) <> coalesce(c.n, 0)
      order by 1, 2, 3, 4, 5`,
  );
  return rows.map((r) => ({
    judge: String(r.judge),
    dueYear: Number(r.due_year),
    departmentId: String(r.department_id),
    role: String(r.role),
    outcome: String(r.outcome),
    kept: Number(r.kept),
    counted: Number(r.counted),
  }));
}

export type TCardSummaryDifference = { kind: string; ref: string; ref2: string; kept: number; counted: number };

/** The same check for the cockpit cards' kept counts (cockpit_card_summary, ADR 021). Empty when sound. */
export async function cockpitCardDifferences(db: DbOrTx): Promise<TCardSummaryDifference[]> {
  const rows = await executeRows<Record<string, unknown>>(
    db,
    sql`with kept as (select kind, ref, ref2, sum(tasks)::bigint as n from cockpit_card_summary group by 1, 2, 3),
      counted as (select kind, ref, ref2, sum(tasks)::bigint as n from cockpit_card_recount() group by 1, 2, 3)
      select coalesce(k.kind, c.kind) as kind, coalesce(k.ref, c.ref) as ref, coalesce(k.ref2, c.ref2) as ref2, coalesce(k.n, 0) as kept, coalesce(c.n, 0) as counted
      from kept k full join counted c using (kind, ref, ref2)
      where coalesce(k.n, 0) <> coalesce(c.n, 0)
      order by 1, 2, 3`,
  );
  return rows.map((r) => ({ kind: String(r.kind), ref: String(r.ref), ref2: String(r.ref2), kept: Number(r.kept), counted: Number(r.counted) }));
}

export type TNoticeSummaryDifference = { table: "summary" | "leads"; key: string; kept: number; counted: number };

/**
 * The same check for 考核's notice counts (ADR 022): assessment_notice_summary against a recount
 * from the notices, and the circulars' lead links (assessment_circular_leads) against the join
 * they keep. Empty when sound.
 */
export async function assessmentNoticeDifferences(db: DbOrTx): Promise<TNoticeSummaryDifference[]> {
  const rows = await executeRows<Record<string, unknown>>(
    db,
    sql`with kept as (
        select year || ' ' || department_id || ' ' || kind || ' ' || outcome as key, sum(notices)::bigint as n from assessment_notice_summary group by 1
      ), counted as (
        select year || ' ' || department_id || ' ' || kind || ' ' || outcome as key, sum(notices)::bigint as n from assessment_notice_recount() group by 1
      ), kept_leads as (
        select notice_id || ' ' || department_id as key, sum(links)::bigint as n from assessment_circular_leads group by 1
      ), counted_leads as (
        select notice_id || ' ' || department_id as key, sum(links)::bigint as n from assessment_circular_leads_recount() group by 1
      )
      select 'summary' as t, coalesce(k.key, c.key) as key, coalesce(k.n, 0) as kept, coalesce(c.n, 0) as counted
      from kept k full join counted c using (key) where coalesce(k.n, 0) <> coalesce(c.n, 0)
      union all
      select 'leads', coalesce(k.key, c.key), coalesce(k.n, 0), coalesce(c.n, 0)
      from kept_leads k full join counted_leads c using (key) where coalesce(k.n, 0) <> coalesce(c.n, 0)
      order by 1, 2`,
  );
  return rows.map((r) => ({ table: r.t as "summary" | "leads", key: String(r.key), kept: Number(r.kept), counted: Number(r.counted) }));
}
