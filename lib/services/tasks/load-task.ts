import { count, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { progressReports, taskDepartments, tasks, type TTask } from "@/db/schema";
import type { TScopedActor } from "@/lib/domain/scope";
import { visibleDepartmentIds } from "@/lib/domain/scope";
import { AppError } from "@/lib/errors";

export type TLoadedTask = {
  task: TTask;
  leadDepartmentId: string | null;
  /** Cooperating departments the plan named as joint leads (共同牵头); a subset of the above. */
  coLeadDepartmentIds: string[];
  cooperatingDepartmentIds: string[];
  progressReportCount: number;
};

/** Whether a department user may see this task at all (published, and their department leads or cooperates). */
export function isTaskVisible(actor: TScopedActor, loaded: Pick<TLoadedTask, "task" | "leadDepartmentId" | "cooperatingDepartmentIds">) {
  const visible = visibleDepartmentIds(actor);
  if (visible === null) return true;
  if (loaded.task.status === "draft") return false;
  return [loaded.leadDepartmentId, ...loaded.cooperatingDepartmentIds].some((id) => id !== null && visible.includes(id));
}

/**
 * Loads a task as the actor may see it; a task outside the actor's scope is
 * "not found" (its existence is not revealed). With `lock`, the row is held
 * FOR UPDATE until the transaction ends.
 */
export async function loadTaskForActor(db: DbOrTx, actor: TScopedActor, taskId: string, options: { lock?: boolean } = {}): Promise<TLoadedTask> {
  const query = db.select().from(tasks).where(eq(tasks.id, taskId));
  const [task] = options.lock ? await query.for("update") : await query;
  if (!task) throw new AppError("NOT_FOUND", "taskNotFound");
  const departments = await db
    .select({ departmentId: taskDepartments.departmentId, role: taskDepartments.role, isCoLead: taskDepartments.isCoLead })
    .from(taskDepartments)
    .where(eq(taskDepartments.taskId, taskId));
  const [reports] = await db.select({ n: count() }).from(progressReports).where(eq(progressReports.taskId, taskId));
  const loaded: TLoadedTask = {
    task,
    leadDepartmentId: departments.find((d) => d.role === "lead")?.departmentId ?? null,
    cooperatingDepartmentIds: departments.filter((d) => d.role === "cooperating").map((d) => d.departmentId),
    coLeadDepartmentIds: departments.filter((d) => d.isCoLead).map((d) => d.departmentId),
    progressReportCount: Number(reports?.n ?? 0),
  };
  if (!isTaskVisible(actor, loaded)) throw new AppError("NOT_FOUND", "taskNotFound");
  return loaded;
}
