import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { goals, tasks } from "@/db/schema";

// A plan's goal tree as every reader takes it (the plan page, the annual
// report, the rollover): flat rows naming their parent, siblings in document
// order, ties broken by id so two reads of one plan never differ.

// The 示范创建 track and category travel with the tree (ADR 020); the version guards a goal's marking.
const NODE = {
  id: goals.id,
  parentId: goals.parentId,
  kind: goals.kind,
  code: goals.code,
  title: goals.title,
  track: goals.track,
  demonstrationCategory: goals.demonstrationCategory,
  version: goals.version,
};
const DOCUMENT_ORDER = [asc(goals.sortOrder), asc(goals.id)];

type TGoal = typeof goals.$inferSelect;
export type TPlanGoalNode = Pick<TGoal, "id" | "parentId" | "kind" | "code" | "title" | "track" | "demonstrationCategory" | "version">;

/** The plan's goals, in document order. */
export async function listPlanGoals(db: DbOrTx, planId: string): Promise<TPlanGoalNode[]> {
  return db.select(NODE).from(goals).where(eq(goals.planId, planId)).orderBy(...DOCUMENT_ORDER);
}

/** The same rows with each goal's text, for a copy of the tree (the rollover's new plan). */
export async function listPlanGoalsWithBody(db: DbOrTx, planId: string) {
  return db.select({ ...NODE, body: goals.body }).from(goals).where(eq(goals.planId, planId)).orderBy(...DOCUMENT_ORDER);
}

/** A task as it hangs on the tree: the columns every reader of a plan's tasks starts from. */
export const TASK_ON_TREE = { id: tasks.id, goalId: tasks.goalId, title: tasks.title, status: tasks.status, dueDate: tasks.dueDate };
