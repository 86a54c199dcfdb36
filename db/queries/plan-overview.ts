import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, goals, plans, taskDepartments, tasks } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import type { TDemonstrationCategory } from "@/lib/domain/codes";
import { assertCan } from "@/lib/domain/permissions";
import { listPlanGoals, TASK_ON_TREE } from "./plan-goals";
import { LEAD_LINK, LINKED_DEPARTMENT } from "./lead-department";

// Plans are district-wide records: whoever may read everything sees them
// (supervisors, leaders, administrators); department users never do.

const PLAN_LIST_LIMIT = 200;

export type TPlanListItem = {
  id: string;
  title: string;
  year: number;
  status: "draft" | "active" | "archived";
  createdAt: Date;
  goals: number;
  tasks: number;
  drafts: number;
};

/** The plans, newest year first, with their goal and task counts (by index on plan_id). */
export async function listPlansWithCounts(actor: TActor): Promise<TPlanListItem[]> {
  assertCan(actor, "data:read_all");
  const db = await getDb();
  return db
    .select({
      id: plans.id,
      title: plans.title,
      year: plans.year,
      status: plans.status,
      createdAt: plans.createdAt,
      // Qualified by hand: inside a select list drizzle writes columns without their table.
      goals: sql<number>`(select count(*)::int from ${goals} g where g.plan_id = ${plans}.id)`,
      tasks: sql<number>`(select count(*)::int from ${tasks} t where t.plan_id = ${plans}.id)`,
      drafts: sql<number>`(select count(*)::int from ${tasks} t where t.plan_id = ${plans}.id and t.status = 'draft')`,
    })
    .from(plans)
    .orderBy(desc(plans.year), desc(plans.createdAt), asc(plans.id))
    .limit(PLAN_LIST_LIMIT);
}

export type TPlanGoal = {
  id: string;
  parentId: string | null;
  kind: string;
  code: string;
  title: string;
  /** 示范创建 (ADR 020): the category of a demonstration goal, null for an ordinary one. */
  demonstrationCategory: TDemonstrationCategory | null;
  version: number;
};
export type TPlanTask = {
  id: string;
  goalId: string | null;
  title: string;
  status: (typeof tasks.$inferSelect)["status"];
  dueDate: string | null;
  leadDepartmentName: string | null;
};

/** One plan with its goals (siblings in document order) and its tasks; null when there is no such plan. */
export async function getPlanOverview(actor: TActor, id: string) {
  assertCan(actor, "data:read_all");
  const db = await getDb();
  const [plan] = await db
    .select({ id: plans.id, title: plans.title, year: plans.year, status: plans.status, createdAt: plans.createdAt })
    .from(plans)
    .where(eq(plans.id, id));
  if (!plan) return null;
  const [goalRows, taskRows] = await Promise.all([
    listPlanGoals(db, id),
    db
      .select({ ...TASK_ON_TREE, leadDepartmentName: departments.name })
      .from(tasks)
      .leftJoin(taskDepartments, LEAD_LINK)
      .leftJoin(departments, LINKED_DEPARTMENT)
      .where(eq(tasks.planId, id))
      .orderBy(asc(tasks.createdAt), asc(tasks.id)),
  ]);
  return { plan, goals: goalRows satisfies TPlanGoal[], tasks: taskRows satisfies TPlanTask[] };
}
