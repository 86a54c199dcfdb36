import { can } from "@/lib/domain/permissions";
import { actsForDepartment, type TScopedActor } from "@/lib/domain/scope";
import { isClosedStatus, isOpenStatus, TASK_ACTIONS, transitionRefusal, type TTaskAction, type TTransitionRefusal, type TTransitionSubject } from "@/lib/domain/task-workflow";
import { ALLOWED, firstRefusal, refuse, type TCapability, type TRefused } from "./refusal";

/**
 * Everything one may do to a task, decided once: the task page renders from
 * this table and every task service asserts its entry, so a button is shown
 * exactly when the service would accept the click (the extension limit too).
 */
export const TASK_CAPABILITIES = [
  ...TASK_ACTIONS,
  "edit",
  "setOwner",
  "addMilestone",
  "completeMilestone",
  "reportProgress",
  "requestExtension",
  "decideExtension",
  "escalate",
  "writeInstruction",
  "prepareCompletion",
  "submitPrepared",
  "discardCompletion",
] as const;
export type TTaskCapability = (typeof TASK_CAPABILITIES)[number];

/** What the rules need to know about the task beyond its status. */
export type TTaskCapabilitySubject = TTransitionSubject & {
  cooperatingDepartmentIds: readonly string[];
  /** Extension requests so far: whether one is pending, and how many were made in all. */
  extensions: { pending: boolean; made: number };
  /** Milestones not yet completed, and the reported progress: what 申请办结 is judged complete by. */
  openMilestones: number;
  progress: number;
  /** Whether a 联络员's prepared 办结申请 is open on the task. */
  preparedCompletion: boolean;
};

/** `completionRequiresAllMilestones`: 申请办结 with open milestones or progress under 100 % is refused, not only warned about. */
export type TTaskCapabilityContext = { today: string; extensionMaxRequests: number; completionRequiresAllMilestones: boolean };

/** What is still unfinished when a task is submitted for completion, or null when nothing is. */
export function completionGaps(task: Pick<TTaskCapabilitySubject, "openMilestones" | "progress">): { openMilestones: number; progress: number } | null {
  return task.openMilestones > 0 || task.progress < 100 ? { openMilestones: task.openMilestones, progress: task.progress } : null;
}

export type TTaskCapabilities = Record<TTaskCapability, TCapability>;

/** How the pure transition rule's refusals read (shared with the transition service). */
export function transitionRefusalCapability(refusal: TTransitionRefusal): TRefused {
  switch (refusal) {
    case "forbidden_role":
      return refuse("FORBIDDEN", "forbidden");
    case "wrong_department":
      return refuse("FORBIDDEN", "notLeadDepartment");
    case "wrong_status":
      return refuse("CONFLICT", "wrongStatus");
    case "reason_required":
      return refuse("RULE", "reasonRequired", { fieldErrors: { reason: ["reasonRequired"] } });
    case "completion_note_required":
      return refuse("RULE", "completionNoteRequired", { fieldErrors: { reason: ["completionNoteRequired"] } });
    case "progress_report_required":
      return refuse("RULE", "progressReportRequired");
    case "lead_and_due_required":
      return refuse("RULE", "leadAndDueRequired");
  }
}

const forbidden = refuse("FORBIDDEN", "forbidden");
const notLead = refuse("FORBIDDEN", "notLeadDepartment");
const closed = refuse("CONFLICT", "taskClosed");
const wrongStatus = refuse("CONFLICT", "wrongStatus");

/** Role checks alone: services refuse a role that may never act before loading (and revealing) the task. */
export const TASK_CAPABILITY_ROLES = {
  edit: (a) => can(a, "task:edit"),
  setOwner: (a) => can(a, "task:edit") || can(a, "task:set_owner"),
  addMilestone: (a) => can(a, "task:edit") || can(a, "task:set_owner"),
  completeMilestone: (a) => can(a, "task:report_progress"),
  reportProgress: (a) => can(a, "task:report_progress"),
  requestExtension: (a) => can(a, "extension:request"),
  decideExtension: (a) => can(a, "extension:decide"),
  escalate: (a) => can(a, "notice:issue"),
  writeInstruction: (a) => can(a, "instruction:write"),
  prepareCompletion: (a) => can(a, "task:prepare_completion"),
  submitPrepared: (a) => can(a, "task:submit"),
  // The head discards (退回) a draft; its preparer's colleagues may withdraw it.
  discardCompletion: (a) => can(a, "task:submit") || can(a, "task:prepare_completion"),
} as const satisfies Record<Exclude<TTaskCapability, TTaskAction>, (actor: TScopedActor) => boolean>;

/**
 * 申请办结: the status table's rule, then what the table cannot see. It waits while an extension
 * request is undecided (the deadline it is judged against is not settled). Open milestones or
 * progress under 100 %: the dialog warns; with the setting on, it is refused here.
 */
function submitCapability(task: TTaskCapabilitySubject, actor: TScopedActor, context: TTaskCapabilityContext): TCapability {
  const refusal = transitionRefusal(task, "submit", actor);
  return firstRefusal(
    refusal ? transitionRefusalCapability(refusal) : ALLOWED,
    task.extensions.pending && refuse("CONFLICT", "submitWhileExtensionPending"),
    context.completionRequiresAllMilestones && completionGaps(task) && refuse("RULE", "submitIncomplete", { params: { milestones: task.openMilestones, progress: task.progress } }),
  );
}

export function taskCapabilities(task: TTaskCapabilitySubject, actor: TScopedActor, context: TTaskCapabilityContext): TTaskCapabilities {
  const roles = TASK_CAPABILITY_ROLES;
  const isLead = actsForDepartment(actor, task.leadDepartmentId);
  const isCooperating = task.cooperatingDepartmentIds.some((id) => actsForDepartment(actor, id));
  const isClosed = isClosedStatus(task.status);
  const role = (key: keyof typeof roles) => !roles[key](actor) && forbidden;
  // 责任人 and 节点: a supervisor anywhere, a department head in the lead department.
  const manages = (key: "setOwner" | "addMilestone") =>
    firstRefusal(role(key), !can(actor, "task:edit") && !isLead && notLead, isClosed && closed);
  const transitions = Object.fromEntries(
    TASK_ACTIONS.map((action) => {
      const refusal = transitionRefusal(task, action, actor);
      return [action, refusal ? transitionRefusalCapability(refusal) : ALLOWED];
    }),
  ) as Record<TTaskAction, TCapability>;
  const submit = submitCapability(task, actor, context);
  const noDraft = !task.preparedCompletion && refuse("CONFLICT", "noCompletionDraft");
  return {
    ...transitions,
    submit,
    // 准备办结申请: the lead department's 联络员, whenever its head could submit now. The rules are
    // 申请办结's own, judged for a head of the officer's department, so none is written twice.
    prepareCompletion: firstRefusal(
      role("prepareCompletion"),
      !isLead && notLead,
      submitCapability(task, { roles: ["dept_head"], departmentId: actor.departmentId }, context),
    ),
    // 一键提交: 申请办结 itself, with the prepared note and evidence.
    submitPrepared: firstRefusal(submit, noDraft),
    discardCompletion: firstRefusal(role("discardCompletion"), !isLead && notLead, noDraft),
    edit: firstRefusal(role("edit"), isClosed && closed),
    setOwner: manages("setOwner"),
    addMilestone: manages("addMilestone"),
    completeMilestone: firstRefusal(role("completeMilestone"), !isLead && notLead, task.status !== "in_progress" && wrongStatus),
    reportProgress: firstRefusal(
      role("reportProgress"),
      !isLead && !isCooperating && refuse("FORBIDDEN", "notTaskDepartment"),
      task.status !== "in_progress" && wrongStatus,
    ),
    // 延期申请: only up to the due date, one pending at a time, at most N per task.
    requestExtension: firstRefusal(
      role("requestExtension"),
      !isLead && notLead,
      (!isOpenStatus(task.status) || !task.dueDate) && wrongStatus,
      !!task.dueDate && context.today > task.dueDate && refuse("RULE", "extensionAfterDue"),
      task.extensions.pending && refuse("CONFLICT", "extensionPending"),
      task.extensions.made >= context.extensionMaxRequests && refuse("RULE", "extensionLimit", { params: { n: context.extensionMaxRequests } }),
    ),
    decideExtension: firstRefusal(role("decideExtension"), !task.extensions.pending && refuse("CONFLICT", "extensionDecided")),
    // 催办 from the task: to a published task still open.
    escalate: firstRefusal(role("escalate"), !isOpenStatus(task.status) && wrongStatus),
    writeInstruction: firstRefusal(role("writeInstruction")),
  };
}
