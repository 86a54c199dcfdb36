import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import type { TWarningContext } from "@/lib/domain/warning";
import { assertCan, type TActorRoles } from "@/lib/domain/permissions";

export type TSectionCompletion = { sectionId: string; code: string; title: string; planTitle: string; total: number; completed: number; overdue: number };

/** Completion by plan section: every task counts toward the top-level section above its goal. */
export async function sectionCompletion(actor: TActorRoles, context: TWarningContext): Promise<TSectionCompletion[]> {
  assertCan(actor, "data:read_all");
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
      count(t.id) as total,
      count(*) filter (where t.status = 'completed') as completed,
      count(*) filter (where t.status in ('assigned', 'in_progress', 'submitted') and t.due_date < ${context.today}::date) as overdue
    from tree
    join goals s on s.id = tree.root
    join plans p on p.id = s.plan_id
    join tasks t on t.goal_id = tree.id and t.status not in ('draft', 'cancelled', 'carried_over')
    group by s.id, s.code, s.title, p.title, p.year, s.sort_order
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
