import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, taskDepartments, tasks } from "@/db/schema";
import type { TTaskStatus } from "@/lib/domain/codes";
import type { TScopedActor } from "@/lib/domain/scope";
import { taskVisibility } from "./task-scope";

/** The first page of visible tasks by due date, with the lead department's name. */
export async function listVisibleTasks(actor: TScopedActor, filter: { status?: TTaskStatus; limit?: number }) {
  const db = await getDb();
  return db
    .select({
      id: tasks.id,
      title: tasks.title,
      status: tasks.status,
      dueDate: tasks.dueDate,
      progress: tasks.progress,
      leadDepartment: departments.name,
    })
    .from(tasks)
    .leftJoin(taskDepartments, and(eq(taskDepartments.taskId, tasks.id), eq(taskDepartments.role, "lead")))
    .leftJoin(departments, eq(departments.id, taskDepartments.departmentId))
    .where(and(taskVisibility(actor), filter.status ? eq(tasks.status, filter.status) : undefined))
    .orderBy(sql`${tasks.dueDate} asc nulls last`, asc(tasks.id))
    .limit(filter.limit ?? 100);
}
