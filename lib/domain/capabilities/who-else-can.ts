import type { TRole } from "@/lib/domain/codes";
import type { TScopedActor } from "@/lib/domain/scope";
import { taskCapabilities, type TTaskCapabilityContext, type TTaskCapabilitySubject, type TTaskCapability } from "./task";

/** The actions a hint is given for: the steps of the workflow a user waits on someone else to take. */
export const HINTED_CAPABILITIES = ["accept", "decline", "submit", "approve", "reject", "requestExtension", "decideExtension"] as const satisfies readonly TTaskCapability[];
export type THintedCapability = (typeof HINTED_CAPABILITIES)[number];

// The roles that act on tasks; a department role is tried in the actor's own department.
const ACTING_ROLES: readonly TRole[] = ["dept_head", "dept_officer", "supervisor"];

/**
 * "Who can do this, if not me": for each hinted action this actor may not take because
 * of their role, the roles that could take it on this task now (a 联络员 learns that
 * 申请办结 is the 单位负责人's). Decided by the same capability table, so a hint never
 * names a role the service would refuse too; actions nobody can take now get no hint.
 */
export function whoElseCan(task: TTaskCapabilitySubject, actor: TScopedActor, context: TTaskCapabilityContext): Partial<Record<THintedCapability, TRole[]>> {
  const mine = taskCapabilities(task, actor, context);
  const others = ACTING_ROLES.filter((role) => !actor.roles.includes(role)).map((role) => ({
    role,
    capabilities: taskCapabilities(task, { roles: [role], departmentId: actor.departmentId }, context),
  }));
  const hints: Partial<Record<THintedCapability, TRole[]>> = {};
  for (const key of HINTED_CAPABILITIES) {
    const own = mine[key];
    if (own.allowed || own.reason.code !== "FORBIDDEN") continue;
    const roles = others.filter((o) => o.capabilities[key].allowed).map((o) => o.role);
    if (roles.length) hints[key] = roles;
  }
  return hints;
}
