import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { ensureTaskSummary } from "@/db/summary/task-summary";
import type { TWarningContext } from "@/lib/domain/warning";
import { assertCan, type TActorRoles } from "@/lib/domain/permissions";

export type TWeekPoint = { weekStart: string; published: number; completed: number; overdueAtEnd: number };

/**
 * The last N weeks (Monday to Sunday in the app's zone): tasks published,
 * tasks completed, and tasks overdue at the end of each week (today for the
 * current week). From the day counts kept by triggers (cockpit_card_summary, ADR 021):
 * overdue at the end of day E is the overdue spells begun by E less those ended by E.
 */
export async function weeklyTrend(actor: TActorRoles, context: TWarningContext, weeks = 12): Promise<TWeekPoint[]> {
  assertCan(actor, "data:read_all");
  const db = await getDb();
  await ensureTaskSummary(context);
  const sum = (where: ReturnType<typeof sql>) => sql`(select coalesce(sum(c.tasks), 0) from cockpit_card_summary c where ${where})`;
  const rows = await executeRows<Record<string, unknown>>(
    db,
    sql`
    -- An integer series, so that the planner knows it is N weeks (a timestamp series is
    -- estimated at 1,000 rows, which priced the read high enough to compile it: +100 ms of JIT).
    with weeks as (
      select start, least(start + 6, ${context.today}::date) as week_end
      from (select date_trunc('week', ${context.today}::date)::date - 7 * (${weeks - 1}::integer - i) as start from generate_series(0, ${weeks - 1}::integer) as i) s
    ), spells as materialized (
      -- The overdue spells begun less those ended, per day up to today: read once, summed per week.
      select c.ref as day, sum(case when c.kind = 'overdue_from' then c.tasks else -c.tasks end) as net
      from cockpit_card_summary c where c.kind in ('overdue_from', 'overdue_until') and c.ref <= ${context.today}::date::text group by c.ref
    )
    select w.start::text as week_start,
      ${sum(sql`c.kind = 'published' and c.ref between w.start::text and w.week_end::text`)} as published,
      ${sum(sql`c.kind = 'completed' and c.ref between w.start::text and (w.start + 6)::text and left(c.ref2, 10) <= w.week_end::text`)} as completed,
      (select coalesce(sum(n.net), 0) from spells n where n.day <= w.week_end::text) as overdue_at_end
    from weeks w order by w.start`,
  );
  return rows.map((r) => ({ weekStart: String(r.week_start), published: Number(r.published), completed: Number(r.completed), overdueAtEnd: Number(r.overdue_at_end) }));
}
