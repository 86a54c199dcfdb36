import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import type { TWarningContext } from "@/lib/domain/warning";
import { assertCan, type TActorRoles } from "@/lib/domain/permissions";

export type TWeekPoint = { weekStart: string; published: number; completed: number; overdueAtEnd: number };

/**
 * The last N weeks (Monday to Sunday in the app's zone): tasks published,
 * tasks completed, and tasks overdue at the end of each week (today for the
 * current week). One pass over the tasks joined to the weeks.
 */
export async function weeklyTrend(actor: TActorRoles, context: TWarningContext, weeks = 12): Promise<TWeekPoint[]> {
  assertCan(actor, "data:read_all");
  const db = await getDb();
  const tz = context.timeZone;
  const rows = await executeRows<Record<string, unknown>>(
    db,
    sql`
    with weeks as (
      select start::date as start, least(start::date + 6, ${context.today}::date) as week_end
      from generate_series(date_trunc('week', ${context.today}::date) - (${weeks - 1} * interval '1 week'), date_trunc('week', ${context.today}::date), interval '1 week') as start
    ), facts as (
      select (published_at at time zone ${tz})::date as published_day,
        case when status = 'completed' then (completed_at at time zone ${tz})::date end as completed_day,
        due_date, status
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
