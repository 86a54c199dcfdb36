import type { TRole } from "./codes";
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
