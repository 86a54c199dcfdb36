import type { TRole, TTaskStatus } from "./codes";
import { can } from "./permissions";

export type TScopedActor = { roles: readonly TRole[]; departmentId: string | null };

/**
 * The departments whose records an actor may see: null means every department
 * (supervisors, leaders, admins); otherwise only the actor's own. A department
 * user without a department sees nothing.
 */
export function visibleDepartmentIds(actor: TScopedActor): string[] | null {
  if (can(actor, "data:read_all")) return null;
  return actor.departmentId ? [actor.departmentId] : [];
}

/** Whether a record belonging to these departments is visible to the actor. */
export function canSeeDepartments(actor: TScopedActor, departmentIds: readonly string[]): boolean {
  const visible = visibleDepartmentIds(actor);
  return visible === null || departmentIds.some((id) => visible.includes(id));
}

/** Whether the actor acts for this department (its own), as a head or officer would. */
export function actsForDepartment(actor: TScopedActor, departmentId: string | null | undefined): boolean {
  return !!departmentId && actor.departmentId === departmentId;
}

export type TTaskVisibilitySubject = { status: TTaskStatus; leadDepartmentId: string | null; cooperatingDepartmentIds: readonly string[] };

/**
 * Whether the actor may see this task at all: everyone with read-all does; a
 * department user sees published tasks their department leads or cooperates
 * in. Its SQL twin is `taskVisibility` (db/queries/tasks/scope.ts); a
 * property test holds the two together.
 */
export function isTaskVisible(actor: TScopedActor, task: TTaskVisibilitySubject): boolean {
  const visible = visibleDepartmentIds(actor);
  if (visible === null) return true;
  if (task.status === "draft") return false;
  return [task.leadDepartmentId, ...task.cooperatingDepartmentIds].some((id) => id !== null && visible.includes(id));
}
