import type { TTaskStatus } from "./codes";
import { can, type TPermission } from "./permissions";
import { actsForDepartment, type TScopedActor } from "./scope";

// docs/product.md, "Task lifecycle", as data: a new status or action does not
// compile until every table below maps it.
export const TASK_ACTIONS = ["publish", "accept", "decline", "submit", "approve", "reject", "reopen", "cancel"] as const;
export type TTaskAction = (typeof TASK_ACTIONS)[number];

export const OPEN_STATUSES = ["assigned", "in_progress", "submitted"] as const satisfies readonly TTaskStatus[];
// 结转 (carried_over) closes a task too, but only a plan's rollover does it (lib/domain/rollover.ts):
// it is no action of the table below, so neither a button nor POST /tasks/{id}/transitions offers it.
export const CLOSED_STATUSES = ["completed", "cancelled", "carried_over"] as const satisfies readonly TTaskStatus[];
/** Not finished, so a rollover carries it: drafts too (they move as drafts). */
export const UNFINISHED_STATUSES = ["draft", ...OPEN_STATUSES] as const satisfies readonly TTaskStatus[];

type TRequirement = "reason" | "completionNote" | "progressReport" | "leadAndDue";

type TTransitionRule = {
  from: readonly TTaskStatus[];
  to: TTaskStatus;
  permission: TPermission;
  /** "lead": only the lead department's own people; "any": whoever holds the permission. */
  scope: "lead" | "any";
  requires: readonly TRequirement[];
};

export const TRANSITIONS = {
  publish: { from: ["draft"], to: "assigned", permission: "task:publish", scope: "any", requires: ["leadAndDue"] },
  accept: { from: ["assigned"], to: "in_progress", permission: "task:accept", scope: "lead", requires: [] },
  decline: { from: ["assigned"], to: "draft", permission: "task:decline", scope: "lead", requires: ["reason"] },
  submit: {
    from: ["in_progress"],
    to: "submitted",
    permission: "task:submit",
    scope: "lead",
    requires: ["completionNote", "progressReport"],
  },
  approve: { from: ["submitted"], to: "completed", permission: "task:review", scope: "any", requires: [] },
  reject: { from: ["submitted"], to: "in_progress", permission: "task:review", scope: "any", requires: ["reason"] },
  reopen: { from: ["completed"], to: "in_progress", permission: "task:reopen", scope: "any", requires: ["reason"] },
  cancel: {
    from: ["draft", "assigned", "in_progress", "submitted"],
    to: "cancelled",
    permission: "task:cancel",
    scope: "any",
    requires: ["reason"],
  },
} as const satisfies Record<TTaskAction, TTransitionRule>;

/** What the rule needs to know about the task. */
export type TTransitionSubject = {
  status: TTaskStatus;
  leadDepartmentId: string | null;
  dueDate: string | null;
  progressReportCount: number;
};

export type TTransitionRefusal =
  | "wrong_status"
  | "forbidden_role"
  | "wrong_department"
  | "reason_required"
  | "completion_note_required"
  | "progress_report_required"
  | "lead_and_due_required";

export type TTransitionResult = { ok: true; to: TTaskStatus } | { ok: false; refusal: TTransitionRefusal };

/**
 * Whether the action is open to this actor on the task as it stands, before
 * any input: role, department, status, then what the task itself must have
 * (a progress report, a lead and a due date). Checked in this order, so
 * that a user who may never act sees "forbidden" rather than a status detail.
 */
export function transitionRefusal(task: TTransitionSubject, action: TTaskAction, actor: TScopedActor): TTransitionRefusal | null {
  const rule: TTransitionRule = TRANSITIONS[action];
  if (!can(actor, rule.permission)) return "forbidden_role";
  if (rule.scope === "lead" && !actsForDepartment(actor, task.leadDepartmentId)) return "wrong_department";
  if (!rule.from.includes(task.status)) return "wrong_status";
  if (rule.requires.includes("progressReport") && task.progressReportCount < 1) return "progress_report_required";
  if (rule.requires.includes("leadAndDue") && (!task.leadDepartmentId || !task.dueDate)) return "lead_and_due_required";
  return null;
}

/** Decides an action on a task with its input: the next status, or why not. */
export function applyTransition(
  task: TTransitionSubject,
  action: TTaskAction,
  actor: TScopedActor,
  input: { reason?: string | null },
): TTransitionResult {
  const rule: TTransitionRule = TRANSITIONS[action];
  const refusal = transitionRefusal(task, action, actor);
  if (refusal) return { ok: false, refusal };
  const text = input.reason?.trim() ?? "";
  if (rule.requires.includes("completionNote") && !text) return { ok: false, refusal: "completion_note_required" };
  if (rule.requires.includes("reason") && !text) return { ok: false, refusal: "reason_required" };
  return { ok: true, to: rule.to };
}

/** The actions this actor could take on the task now (for showing exactly those buttons). */
export function availableActions(task: TTransitionSubject, actor: TScopedActor): TTaskAction[] {
  return TASK_ACTIONS.filter((action) => {
    const rule: TTransitionRule = TRANSITIONS[action];
    if (!can(actor, rule.permission) || !rule.from.includes(task.status)) return false;
    return rule.scope === "any" || actsForDepartment(actor, task.leadDepartmentId);
  });
}

export function isOpenStatus(status: TTaskStatus): boolean {
  return (OPEN_STATUSES as readonly TTaskStatus[]).includes(status);
}

export function isClosedStatus(status: TTaskStatus): boolean {
  return (CLOSED_STATUSES as readonly TTaskStatus[]).includes(status);
}

export function isUnfinishedStatus(status: TTaskStatus): boolean {
  return (UNFINISHED_STATUSES as readonly TTaskStatus[]).includes(status);
}
