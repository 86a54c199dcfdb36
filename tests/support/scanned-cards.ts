import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import type { TWarningContext } from "@/lib/domain/warning";

// The cockpit cards' figures as the queries before ADR 021 computed them, straight from the
// tasks: what the kept counts (cockpit_card_summary) must equal.

export async function scannedSections(context: TWarningContext) {
  const rows = await executeRows<Record<string, unknown>>(
    await getDb(),
    sql`
    with recursive tree as (
      select g.id, g.id as root from goals g join plans p on p.id = g.plan_id where g.parent_id is null and p.status <> 'archived'
      union all
      select c.id, tree.root from goals c join tree on c.parent_id = tree.id
    )
    select s.id as section_id, count(t.id) as total, count(*) filter (where t.status = 'completed') as completed,
      count(*) filter (where t.status in ('assigned', 'in_progress', 'submitted') and t.due_date < ${context.today}::date) as overdue
    from tree join goals s on s.id = tree.root join plans p on p.id = s.plan_id
    join tasks t on t.goal_id = tree.id and t.status not in ('draft', 'cancelled', 'carried_over')
    group by s.id, s.code, s.title, p.title, p.year, s.sort_order
    order by p.year desc, p.title, s.sort_order`,
  );
  return rows.map((r) => ({ sectionId: String(r.section_id), total: Number(r.total), completed: Number(r.completed), overdue: Number(r.overdue) }));
}

export async function scannedTrend(context: TWarningContext, weeks = 12) {
  const tz = context.timeZone;
  const rows = await executeRows<Record<string, unknown>>(
    await getDb(),
    sql`
    with weeks as (
      select start::date as start, least(start::date + 6, ${context.today}::date) as week_end
      from generate_series(date_trunc('week', ${context.today}::date) - (${weeks - 1} * interval '1 week'), date_trunc('week', ${context.today}::date), interval '1 week') as start
    ), facts as (
      select (published_at at time zone ${tz})::date as published_day,
        case when status = 'completed' then (completed_at at time zone ${tz})::date end as completed_day, due_date, status
      from tasks where status not in ('draft', 'cancelled', 'carried_over') and published_at is not null
    )
    select w.start::text as week_start,
      count(*) filter (where f.published_day between w.start and w.start + 6) as published,
      count(*) filter (where f.completed_day between w.start and w.start + 6) as completed,
      count(*) filter (where f.published_day <= w.week_end and f.due_date < w.week_end and (f.completed_day is null or f.completed_day > w.week_end)) as overdue_at_end
    from weeks w left join facts f on f.published_day <= w.week_end
    group by w.start order by w.start`,
  );
  return rows.map((r) => ({ weekStart: String(r.week_start), published: Number(r.published), completed: Number(r.completed), overdueAtEnd: Number(r.overdue_at_end) }));
}
