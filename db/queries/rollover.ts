import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { departments, plans, taskDepartments, tasks } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { listPlanGoals, listPlanGoalsWithBody, TASK_ON_TREE } from "./plan-goals";
import { LEAD_LINK, LINKED_DEPARTMENT } from "./lead-department";

// What a plan's 年度结转 reads (ADR 014): the source plan with its goals and tasks,
// and the target year's plan if there is one. Callers check the capability first.

export type TRolloverTaskRow = {
  id: string;
  title: string;
  status: (typeof tasks.$inferSelect)["status"];
  version: number;
  dueDate: string | null;
  progress: number;
  goalId: string | null;
  leadDepartment: string | null;
};

/** The plan (held FOR UPDATE with `lock`: two rollovers of one plan run one after the other), its goals and its tasks. */
export async function loadRolloverSource(db: DbOrTx, planId: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(plans).where(eq(plans.id, planId));
  const [plan] = options.lock ? await query.for("update") : await query;
  if (!plan) throw new AppError("NOT_FOUND", "planNotFound");
  const planGoals = await listPlanGoalsWithBody(db, planId);
  const taskQuery = db
    .select({ ...TASK_ON_TREE, version: tasks.version, progress: tasks.progress, leadDepartment: departments.name })
    .from(tasks)
    .leftJoin(taskDepartments, LEAD_LINK)
    .leftJoin(departments, LINKED_DEPARTMENT)
    .where(eq(tasks.planId, planId))
    .orderBy(asc(tasks.dueDate), asc(tasks.createdAt), asc(tasks.id));
  const planTasks: TRolloverTaskRow[] = options.lock ? await taskQuery.for("update", { of: tasks }) : await taskQuery;
  return { plan, goals: planGoals, tasks: planTasks };
}

/**
 * The target year's plan: the one an earlier rollover of this plan made, or else the only
 * plan of that year made otherwise (imported beforehand) and not archived; null when there
 * is none, or several (the rollover then makes its own; the preview says which).
 */
export async function findRolloverTarget(db: DbOrTx, sourcePlanId: string, targetYear: number) {
  const candidates = await db
    .select()
    .from(plans)
    .where(and(eq(plans.year, targetYear), ne(plans.status, "archived"), ne(plans.id, sourcePlanId)))
    .orderBy(asc(plans.createdAt), asc(plans.id));
  const imported = candidates.filter((p) => p.rolledFromPlanId === null);
  const target = candidates.find((p) => p.rolledFromPlanId === sourcePlanId) ?? (imported.length === 1 ? imported[0]! : null);
  if (!target) return null;
  return { plan: target, goals: await listPlanGoals(db, target.id) };
}

/** Successors already made for these tasks (task id → successor id). */
export async function successorsOf(db: DbOrTx, taskIds: readonly string[]): Promise<Map<string, string>> {
  if (taskIds.length === 0) return new Map();
  const rows = await db.select({ id: tasks.id, from: tasks.carriedFromTaskId }).from(tasks).where(inArray(tasks.carriedFromTaskId, [...taskIds]));
  return new Map(rows.map((r) => [r.from!, r.id]));
}

/** The plan's year, or null when there is no such plan (the rollover page's 404). */
export async function planYearOf(planId: string): Promise<number | null> {
  const [row] = await (await getDb()).select({ year: plans.year }).from(plans).where(eq(plans.id, planId));
  return row?.year ?? null;
}
