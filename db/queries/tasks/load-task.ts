import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { completionDrafts, extensionRequests, milestones, progressReports, taskDepartments, tasks, type TTask } from "@/db/schema";
import { isTaskVisible, type TScopedActor } from "@/lib/domain/scope";
import { taskCapabilities, type TTaskCapabilities, type TTaskCapabilityContext, type TTaskCapabilitySubject } from "@/lib/domain/capabilities/task";
import { whoElseCan } from "@/lib/domain/capabilities/who-else-can";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

export type TLoadedTask = {
  task: TTask;
  leadDepartmentId: string | null;
  /** Cooperating departments the plan named as joint leads (共同牵头); a subset of the above. */
  coLeadDepartmentIds: string[];
  cooperatingDepartmentIds: string[];
  progressReportCount: number;
  /** Extension requests so far (the capability rules read these). */
  extensions: { pending: boolean; made: number };
  /** Milestones not yet completed (申请办结 warns, or is refused, while any are open). */
  openMilestones: number;
  /** Whether a prepared 办结申请 is open (one at most). */
  preparedCompletion: boolean;
};

/**
 * Loads a task as the actor may see it; a task outside the actor's scope is
 * "not found" (its existence is not revealed). With `lock`, the row is held
 * FOR UPDATE until the transaction ends.
 */
export async function loadTaskForActor(db: DbOrTx, actor: TScopedActor, taskId: string, options: { lock?: boolean } = {}): Promise<TLoadedTask> {
  const query = db.select().from(tasks).where(eq(tasks.id, taskId));
  // The rest in one statement, read after the lock (a statement's snapshot is taken when it starts:
  // folded into the locking SELECT, a count could predate a writer the lock waited for). Both are
  // sent at once: a transaction's statements run in the order sent on its one connection, so the
  // second still starts after the first holds the lock, and the pair costs one round trip.
  const partsQuery = db
    .select({
      departments: sql<[string, "lead" | "cooperating", boolean][]>`coalesce((select json_agg(json_build_array(td.department_id, td.role, td.is_co_lead))
        from ${taskDepartments} td where td.task_id = ${taskId}), '[]'::json)`,
      reports: sql<number>`(select count(*)::int from ${progressReports} pr where pr.task_id = ${taskId})`,
      pending: sql<boolean>`exists (select 1 from ${extensionRequests} er where er.task_id = ${taskId} and er.status = 'pending')`,
      requests: sql<number>`(select count(*)::int from ${extensionRequests} er where er.task_id = ${taskId})`,
      openMilestones: sql<number>`(select count(*)::int from ${milestones} m where m.task_id = ${taskId} and m.completed_at is null)`,
      draft: sql<boolean>`exists (select 1 from ${completionDrafts} cd where cd.task_id = ${taskId} and cd.status = 'open')`,
    })
    .from(sql`(select 1) as one`);
  const [[task], [parts]] = await Promise.all([options.lock ? query.for("update") : query, partsQuery]);
  if (!task) throw new AppError("NOT_FOUND", "taskNotFound");
  const departments = (parts?.departments ?? []).map(([departmentId, role, isCoLead]) => ({ departmentId, role, isCoLead }));
  const loaded: TLoadedTask = {
    task,
    leadDepartmentId: departments.find((d) => d.role === "lead")?.departmentId ?? null,
    cooperatingDepartmentIds: departments.filter((d) => d.role === "cooperating").map((d) => d.departmentId),
    coLeadDepartmentIds: departments.filter((d) => d.isCoLead).map((d) => d.departmentId),
    progressReportCount: Number(parts?.reports ?? 0),
    extensions: { pending: !!parts?.pending, made: Number(parts?.requests ?? 0) },
    openMilestones: Number(parts?.openMilestones ?? 0),
    preparedCompletion: !!parts?.draft,
  };
  if (!isTaskVisible(actor, { status: task.status, leadDepartmentId: loaded.leadDepartmentId, cooperatingDepartmentIds: loaded.cooperatingDepartmentIds })) throw new AppError("NOT_FOUND", "taskNotFound");
  return loaded;
}

/**
 * What the actor may do to the loaded task on `today` (YYYY-MM-DD in
 * APP_TIMEZONE): the table the task page renders and the services assert.
 */
export function loadedTaskCapabilities(actor: TScopedActor, loaded: TLoadedTask, today: string): TTaskCapabilities {
  return taskCapabilities(capabilitySubject(loaded), actor, capabilityContext(today));
}

/** The "who can do this" hints for the task page (same table, other roles). */
export function loadedWhoElseCan(actor: TScopedActor, loaded: TLoadedTask, today: string) {
  return whoElseCan(capabilitySubject(loaded), actor, capabilityContext(today));
}

/** The loaded task as the capability rules read it. */
export function capabilitySubject(loaded: TLoadedTask): TTaskCapabilitySubject {
  return { ...loaded, status: loaded.task.status, dueDate: loaded.task.dueDate, progress: loaded.task.progress };
}

function capabilityContext(today: string): TTaskCapabilityContext {
  const env = getEnv();
  return { today, extensionMaxRequests: env.EXTENSION_MAX_REQUESTS, completionRequiresAllMilestones: env.COMPLETION_REQUIRES_ALL_MILESTONES };
}
