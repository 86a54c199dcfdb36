import "server-only";
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { readTogether } from "@/db/read-together";
import { indicators, milestones, taskDepartments } from "@/db/schema";
import { taskIndicatorCodes } from "@/db/queries/indicator-tags/catalogue";

/**
 * A task's departments, milestones, indicators and indicator tags, for the API's answer to a
 * write. Not scoped: the caller has just acted on the task through a service
 * that loaded it in the actor's scope (and after a decline a department may
 * no longer see the draft it sent back, yet is owed the result).
 */
export function loadTaskParts(taskId: string) {
  // Four small reads: sent together on one connection (db/read-together.ts).
  return readTogether((db) => readTaskParts(db, taskId));
}

async function readTaskParts(db: DbOrTx, taskId: string) {
  const [links, milestoneRows, indicatorRows, tagCodes] = await Promise.all([
    db.select({ departmentId: taskDepartments.departmentId, role: taskDepartments.role }).from(taskDepartments).where(eq(taskDepartments.taskId, taskId)),
    db.select().from(milestones).where(eq(milestones.taskId, taskId)).orderBy(asc(milestones.sortOrder)),
    db.select().from(indicators).where(eq(indicators.taskId, taskId)).orderBy(asc(indicators.sortOrder)),
    taskIndicatorCodes([taskId], db),
  ]);
  return {
    leadDepartmentId: links.find((l) => l.role === "lead")?.departmentId ?? null,
    cooperatingDepartmentIds: links.filter((l) => l.role === "cooperating").map((l) => l.departmentId),
    milestones: milestoneRows,
    indicators: indicatorRows,
    indicatorCodes: tagCodes.get(taskId) ?? [],
  };
}

export type TTaskParts = Awaited<ReturnType<typeof loadTaskParts>>;
