import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { ensureTaskSummary } from "@/db/summary/task-summary";
import type { TWarningContext } from "@/lib/domain/warning";
import { assertCan, type TActorRoles } from "@/lib/domain/permissions";

export type TSectionCompletion = { sectionId: string; code: string; title: string; planTitle: string; total: number; completed: number; overdue: number };

/**
 * Completion by plan section: every task counts toward the top-level section above its goal.
 * The counts per goal are kept by triggers (cockpit_card_summary, ADR 021), the overdue ones
 * as of the summary's day: the goal tree is walked, the tasks are not.
 */
export async function sectionCompletion(actor: TActorRoles, context: TWarningContext): Promise<TSectionCompletion[]> {
  assertCan(actor, "data:read_all");
  await ensureTaskSummary(context);
  const db = await getDb();
  const rows = await executeRows<Record<string, unknown>>(
    db,
    sql`
    with recursive tree as (
      select g.id, g.id as root from goals g join plans p on p.id = g.plan_id
      where g.parent_id is null and p.status <> 'archived'
      union all
      select c.id, tree.root from goals c join tree on c.parent_id = tree.id
    )
    select s.id as section_id, s.code, s.title, p.title as plan_title, p.year, s.sort_order,
      sum(c.tasks) as total,
      coalesce(sum(c.tasks) filter (where c.ref2 like 'completed:%'), 0) as completed,
      coalesce(sum(c.tasks) filter (where c.ref2 like '%:true'), 0) as overdue
    from tree
    join goals s on s.id = tree.root
    join plans p on p.id = s.plan_id
    join cockpit_card_summary c on c.kind = 'goal' and c.ref = tree.id::text
    group by s.id, s.code, s.title, p.title, p.year, s.sort_order
    having sum(c.tasks) <> 0
    order by p.year desc, p.title, s.sort_order`,
  );
  return rows.map((r) => ({
    sectionId: String(r.section_id),
    code: String(r.code),
    title: String(r.title),
    planTitle: String(r.plan_title),
    total: Number(r.total),
    completed: Number(r.completed),
    overdue: Number(r.overdue),
  }));
}
