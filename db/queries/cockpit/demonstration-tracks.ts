import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import type { TDemonstrationCategory, TDemonstrationStage, TTaskStatus } from "@/lib/domain/codes";
import { isStageLate } from "@/lib/domain/demonstration";
import type { TWarningContext } from "@/lib/domain/warning";
import { assertCan, type TActorRoles } from "@/lib/domain/permissions";

export type TDemonstrationTrack = {
  goalId: string;
  title: string;
  category: TDemonstrationCategory;
  year: number;
  taskId: string;
  taskStatus: TTaskStatus;
  /** The stage being worked on; null once 命名 is done. */
  stage: TDemonstrationStage | null;
  stageDueDate: string | null;
  late: boolean;
};

const LIMIT = 50;

/**
 * The cockpit's 示范创建 panel (ADR 020): each demonstration goal of a plan in use, with its
 * track task's current stage. Reads the few demonstration goals off their partial index and
 * each one's milestones by task, never the task table as a whole. A goal whose track task
 * was carried into the next year (or cancelled) is shown in that year's plan instead.
 */
export async function listDemonstrationTracks(actor: TActorRoles, context: TWarningContext): Promise<TDemonstrationTrack[]> {
  assertCan(actor, "data:read_all");
  const db = await getDb();
  const rows = await executeRows<Record<string, unknown>>(
    db,
    sql`
    select g.id as goal_id, g.title, g.demonstration_category, p.year, t.id as task_id, t.status, cur.stage, cur.due_date
    from goals g
    join plans p on p.id = g.plan_id and p.status <> 'archived'
    join lateral (
      select t.id, t.status from tasks t
      where t.goal_id = g.id and t.status not in ('cancelled', 'carried_over')
        and exists (select 1 from milestones m where m.task_id = t.id and m.stage is not null)
      order by t.created_at desc, t.id limit 1
    ) t on true
    left join lateral (
      select m.stage, m.due_date::text as due_date from milestones m
      where m.task_id = t.id and m.stage is not null and m.completed_at is null
      order by m.stage limit 1
    ) cur on true
    where g.track = 'demonstration'
    order by p.year desc, g.sort_order, g.id
    limit ${LIMIT}`,
  );
  return rows.map((r) => {
    const dueDate = r.due_date == null ? null : String(r.due_date);
    return {
      goalId: String(r.goal_id),
      title: String(r.title),
      category: r.demonstration_category as TDemonstrationCategory,
      year: Number(r.year),
      taskId: String(r.task_id),
      taskStatus: r.status as TTaskStatus,
      stage: (r.stage ?? null) as TDemonstrationStage | null,
      stageDueDate: dueDate,
      late: isStageLate(r.stage ? { dueDate, completedAt: null } : null, context.today),
    };
  });
}
