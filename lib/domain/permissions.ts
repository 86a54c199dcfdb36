import type { TRole } from "./codes";
import { AppError } from "@/lib/errors";

// The one table of who may do what. Services call assertCan; the UI calls can
// to decide what to show. Department scoping is separate (see scope.ts).
export const PERMISSIONS = [
  "department:manage",
  "user:manage",
  "registration:decide",
  "plan:manage",
  "plan:import",
  "plan:rollover",
  "audit:read",
  "data:read_all",
  "task:create",
  "task:edit",
  "task:publish",
  "task:reassign",
  "task:cancel",
  "task:reopen",
  "task:review",
  "task:accept",
  "task:decline",
  "task:submit",
  "task:prepare_completion",
  "task:set_owner",
  "task:report_progress",
  "extension:request",
  "extension:decide",
  "notice:issue",
  "notice:close",
  "notice:sign",
  "notice:respond",
  "notice:draft_response",
  "instruction:write",
  "report:edit",
  "indicator:manage",
  "token:manage_own",
] as const;

export type TPermission = (typeof PERMISSIONS)[number];

const SUPERVISOR: readonly TPermission[] = [
  "data:read_all",
  "plan:import",
  "plan:rollover",
  "task:create",
  "task:edit",
  "task:publish",
  "task:reassign",
  "task:cancel",
  "task:reopen",
  "task:review",
  "extension:decide",
  "notice:issue",
  "notice:close",
  "report:edit",
  "token:manage_own",
];

export const ROLE_PERMISSIONS = {
  admin: [...SUPERVISOR, "department:manage", "user:manage", "registration:decide", "plan:manage", "audit:read", "indicator:manage"],
  supervisor: SUPERVISOR,
  leader: ["data:read_all", "instruction:write", "token:manage_own"],
  dept_head: [
    "task:accept",
    "task:decline",
    "task:submit",
    "task:set_owner",
    "task:report_progress",
    "extension:request",
    "notice:sign",
    "notice:respond",
    "notice:draft_response",
    "token:manage_own",
  ],
  dept_officer: ["task:accept", "task:report_progress", "task:prepare_completion", "notice:draft_response", "token:manage_own"],
} as const satisfies Record<TRole, readonly TPermission[]>;

export type TActorRoles = { roles: readonly TRole[] };

export function permissionsOf(actor: TActorRoles): Set<TPermission> {
  return new Set(actor.roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function can(actor: TActorRoles, permission: TPermission): boolean {
  return actor.roles.some((role) => (ROLE_PERMISSIONS[role] as readonly TPermission[]).includes(permission));
}

/** Refuses with FORBIDDEN unless the actor's roles grant the permission. */
export function assertCan(actor: TActorRoles, permission: TPermission): void {
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "forbidden", { params: { permission } });
}
