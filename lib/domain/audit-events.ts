import { z } from "zod";
import { NOTICE_ACTIONS } from "./notice-rules";
import { TASK_ACTIONS } from "./task-workflow";

// The audit vocabulary: every action a writer may record, with the shape of
// its data. appendAuditEvent accepts only these names, so a new kind of event
// is added here first; the task timeline reads its events back through these
// schemas rather than by string match.

const transition = z.object({ from: z.string(), to: z.string(), reason: z.string().nullable().optional() }).loose();
const extension = z.object({ requestId: z.string(), from: z.string().nullable(), to: z.string(), reason: z.string().nullable() }).loose();
const anyData = z.record(z.string(), z.unknown());

export const AUDIT_EVENTS = {
  ...(Object.fromEntries(TASK_ACTIONS.map((a) => [`task.${a}`, transition])) as Record<`task.${(typeof TASK_ACTIONS)[number]}`, typeof transition>),
  "task.create": anyData,
  "task.update": z.object({ fromVersion: z.number(), fields: anyData }).loose(),
  "task.reassign": z.object({ fromVersion: z.number(), fields: anyData, previousLeadDepartmentId: z.string().nullable() }).loose(),
  "task.import": z.object({ count: z.number(), fileName: z.string() }),
  "task.tag": z.object({ fromVersion: z.number(), from: z.array(z.string()), to: z.array(z.string()) }),
  "task.set_owner": z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  "task.progress": z.object({ reportId: z.string(), percent: z.number(), attachments: z.number() }),
  "task.milestone_add": z.object({ milestoneId: z.string(), title: z.string(), dueDate: z.string().nullable() }),
  "task.milestone_complete": z.object({ milestoneId: z.string(), title: z.string() }),
  // 示范创建 (ADR 020): a stage done, with the progress report that holds its evidence.
  "task.stage_complete": z.object({ milestoneId: z.string(), stage: z.string(), reportId: z.string(), attachments: z.number() }),
  // 准备办结申请 by a 联络员, and its draft discarded (退回 by the head, or withdrawn); submitting it is task.submit with its draftId.
  "task.completion_prepare": z.object({ draftId: z.string(), replacedDraftId: z.string().nullable(), note: z.string(), attachments: z.number(), taskVersion: z.number() }),
  "task.completion_discard": z.object({ draftId: z.string(), preparedBy: z.string(), reason: z.string().nullable() }),
  "task.extension_request": extension,
  "task.extension_approve": extension,
  "task.extension_reject": extension,
  // 年度结转 (ADR 014): one event per carried task, on the old task, naming its successor.
  "task.carry_over": z
    .object({ from: z.string(), to: z.literal("carried_over"), successorId: z.string(), targetPlanId: z.string(), dueDate: z.string().nullable(), newDueDate: z.string() })
    .loose(),
  ...(Object.fromEntries(NOTICE_ACTIONS.map((a) => [`notice.${a}`, transition])) as Record<`notice.${(typeof NOTICE_ACTIONS)[number]}`, typeof transition>),
  "notice.issue": z.object({ number: z.string(), kind: z.string(), departmentId: z.string().nullable(), taskIds: z.array(z.string()) }).loose(),
  "notice.draft": z.object({ taskIds: z.array(z.string()), kind: z.string() }),
  "instruction.write": z.object({ instructionId: z.string(), content: z.string() }),
  "plan.import": anyData,
  "indicator.framework_create": anyData,
  "indicator.framework_update": anyData,
  "indicator.create": anyData,
  "indicator.update": anyData,
  "indicator.move": anyData,
  "indicator.delete": z.object({ code: z.string(), codes: z.array(z.string()) }).loose(),
  "indicator.import": z.object({ frameworkCode: z.string(), added: z.number(), updated: z.number() }).loose(),
  "indicator.weight": anyData,
  "plan.report_edit": anyData,
  "plan.demonstration_create": z.object({ goalId: z.string(), title: z.string(), category: z.string(), taskId: z.string() }).loose(),
  "plan.demonstration_mark": z.object({ goalId: z.string(), title: z.string(), category: z.string(), taskId: z.string() }).loose(),
  "plan.rollover_create": z.object({ fromPlanId: z.string(), year: z.number(), goals: z.number() }).loose(),
  "attachment.upload": z.object({ name: z.string(), size: z.number(), mimeType: z.string(), sha256: z.string() }),
  "attachment.link": anyData,
  "department.create": anyData,
  "department.update": anyData,
  "department.activate": anyData,
  "department.deactivate": anyData,
  "user.create": anyData,
  "user.create_admin_cli": anyData,
  "user.update": anyData,
  "user.enable": anyData,
  "user.disable": anyData,
  "user.reset_password": anyData,
  "user.change_password": anyData,
  "user.register": anyData,
  "user.registration_approve": anyData,
  "user.registration_reject": anyData,
  "auth.sign_in": anyData,
  "auth.sign_in_failed": anyData,
  "auth.sign_in_refused": anyData,
  "auth.locked": anyData,
  "auth.sign_out": anyData,
  "auth.token_issued": anyData,
  "token.create": anyData,
  "token.revoke": anyData,
  "notification.read": z.object({ count: z.number() }),
  "export.tasks": anyData,
  "export.assessment": anyData,
  "export.annual_report": anyData,
  "job.daily_reminders": anyData,
  "system.seed_demo": anyData,
  "system.seed_scale": anyData,
} satisfies Record<string, z.ZodType<Record<string, unknown>>>;

export type TAuditAction = keyof typeof AUDIT_EVENTS;
export type TAuditData<A extends TAuditAction> = z.input<(typeof AUDIT_EVENTS)[A]>;

/** An event's data as its schema reads it, or null for an event that does not match (an older shape). */
export function readAuditData<A extends TAuditAction>(action: A, data: unknown): z.output<(typeof AUDIT_EVENTS)[A]> | null {
  const parsed = AUDIT_EVENTS[action].safeParse(data);
  return parsed.success ? (parsed.data as z.output<(typeof AUDIT_EVENTS)[A]>) : null;
}

export function isAuditAction(action: string): action is TAuditAction {
  return Object.hasOwn(AUDIT_EVENTS, action);
}
