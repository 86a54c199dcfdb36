import { z } from "zod";
import { ZId } from "@/lib/validation/common";
import { DEMONSTRATION_CATEGORIES, DEMONSTRATION_STAGES, DEPARTMENT_KINDS, INDICATOR_FRAMEWORK_KINDS, NOTICE_KINDS, NOTICE_STATUSES, ROLES, TASK_PRIORITIES, TASK_STATUSES, USER_STATUSES } from "./codes";
import { NOTICE_ACTIONS } from "./notice-rules";
import { TASK_ACTIONS } from "./task-workflow";

// The audit vocabulary: every action a writer may record, with the shape of
// its data. appendAuditEvent accepts only these names and, for each, only its
// data; the audit-log view (audit-display.ts) reads each event back through
// its schema. A new kind of event is added here first. `.loose()` where a
// writer records more than the view shows, so the extra survives a read.

const maybeId = ZId.nullable();
const count = z.number().int();
const day = z.string();
const revoked = { sessionsRevoked: count, tokensRevoked: count };
const signIn = { login: z.string(), method: z.enum(["account", "phone", "any"]) };

// A 办结申请 submitted from an officer's prepared draft names the draft and who prepared it.
const taskTransition = z.object({
  from: z.enum(TASK_STATUSES),
  to: z.enum(TASK_STATUSES),
  reason: z.string().nullable().optional(),
  rejectedNote: z.string().nullable().optional(),
  draftId: ZId.optional(),
  preparedBy: ZId.optional(),
});
const noticeTransition = z.object({ from: z.enum(NOTICE_STATUSES), to: z.enum(NOTICE_STATUSES), reason: z.string().optional(), attachments: count.optional() });
const extension = z.object({ requestId: ZId, from: day.nullable(), to: day, reason: z.string().nullable() });

/** A task's fields as the create and edit forms send them. */
const taskFields = {
  title: z.string(),
  description: z.string(),
  goalId: maybeId,
  leadDepartmentId: maybeId,
  cooperatingDepartmentIds: z.array(ZId),
  coLeadDepartmentIds: z.array(ZId).optional(),
  ownerId: maybeId,
  startDate: day.nullable(),
  dueDate: day.nullable(),
  priority: z.enum(TASK_PRIORITIES),
  milestones: z.array(z.object({ title: z.string(), dueDate: day.nullable() })),
  indicators: z.array(z.object({ name: z.string() }).loose()),
  indicatorCodes: z.array(z.string()).optional(),
};
const taskEdit = z.object({ fromVersion: count, fields: z.object(taskFields).partial(), previousLeadDepartmentId: maybeId });

const userFields = z.object({ account: z.string(), name: z.string(), phone: z.string().nullable(), departmentId: maybeId, roles: z.array(z.enum(ROLES)), status: z.enum(USER_STATUSES) });
const departmentFields = z.object({ name: z.string(), kind: z.enum(DEPARTMENT_KINDS), sortOrder: count, isActive: z.boolean() }).partial();
const frameworkFields = z.object({ name: z.string(), kind: z.enum(INDICATOR_FRAMEWORK_KINDS), description: z.string(), useInAssessment: z.boolean() }).partial();
// The stages' planned dates as the form gave them (a stage without one is absent or null).
const demonstration = z.object({ goalId: ZId, title: z.string(), category: z.enum(DEMONSTRATION_CATEGORIES), taskId: ZId, stageDueDates: z.record(z.string(), day.nullable().optional()) });
const indicatorFields = z.object({ code: z.string(), name: z.string() });

export const AUDIT_EVENTS = {
  ...(Object.fromEntries(TASK_ACTIONS.map((a) => [`task.${a}`, taskTransition])) as Record<`task.${(typeof TASK_ACTIONS)[number]}`, typeof taskTransition>),
  "task.create": z.object(taskFields).loose(),
  "task.update": taskEdit,
  "task.reassign": taskEdit,
  "task.import": z.object({ count, fileName: z.string() }),
  "task.tag": z.object({ fromVersion: count, from: z.array(z.string()), to: z.array(z.string()) }),
  "task.set_owner": z.object({ from: maybeId, to: maybeId }),
  "task.progress": z.object({ reportId: ZId, percent: z.number(), attachments: count }),
  "task.milestone_add": z.object({ milestoneId: ZId, title: z.string(), dueDate: day.nullable() }),
  "task.milestone_complete": z.object({ milestoneId: ZId, title: z.string() }),
  // 示范创建 (ADR 020): a stage done, with the progress report that holds its evidence.
  "task.stage_complete": z.object({ milestoneId: ZId, stage: z.enum(DEMONSTRATION_STAGES), reportId: ZId, attachments: count }),
  // 准备办结申请 by a 联络员, and its draft discarded (退回 by the head, or withdrawn); submitting it is task.submit with its draftId.
  "task.completion_prepare": z.object({ draftId: ZId, replacedDraftId: maybeId, note: z.string(), attachments: count, taskVersion: count }),
  "task.completion_discard": z.object({ draftId: ZId, preparedBy: ZId, reason: z.string().nullable() }),
  "task.extension_request": extension,
  "task.extension_approve": extension,
  "task.extension_reject": extension,
  // 年度结转 (ADR 014): one event per carried task, on the old task, naming its successor.
  "task.carry_over": z.object({ from: z.enum(TASK_STATUSES), to: z.literal("carried_over"), successorId: ZId, targetPlanId: ZId, dueDate: day.nullable(), newDueDate: day }),
  ...(Object.fromEntries(NOTICE_ACTIONS.map((a) => [`notice.${a}`, noticeTransition])) as Record<`notice.${(typeof NOTICE_ACTIONS)[number]}`, typeof noticeTransition>),
  "notice.issue": z.object({ number: z.string(), kind: z.enum(NOTICE_KINDS), departmentId: maybeId, taskIds: z.array(ZId), fromDraft: z.boolean().optional() }),
  // The monthly circular adds its month and figures; the daily job's 催办 drafts add nothing.
  "notice.draft": z.object({ taskIds: z.array(ZId), kind: z.enum(NOTICE_KINDS), month: z.string().optional(), totals: z.record(z.string(), z.number()).optional(), ranked: count.optional() }),
  "instruction.write": z.object({ instructionId: ZId, content: z.string() }),
  "plan.import": z.object({ title: z.string(), year: count, goals: count, tasks: count, problems: count }),
  "plan.report_edit": z.object({ paragraphId: z.string(), text: z.string().nullable(), version: count }),
  "plan.rollover_create": z.object({ fromPlanId: ZId, year: count, goals: count }),
  "plan.demonstration_create": demonstration,
  "plan.demonstration_mark": demonstration,
  "indicator.framework_create": z.object({ code: z.string(), name: z.string(), kind: z.enum(INDICATOR_FRAMEWORK_KINDS) }),
  "indicator.framework_update": z.object({ before: frameworkFields, after: frameworkFields }),
  "indicator.create": z.object({ frameworkCode: z.string(), code: z.string(), name: z.string(), parentCode: z.string().nullable() }),
  "indicator.update": z.object({ frameworkCode: z.string(), before: indicatorFields, after: indicatorFields }),
  "indicator.move": z.object({ frameworkCode: z.string(), code: z.string(), fromParentId: maybeId, toParentCode: z.string().nullable() }),
  "indicator.delete": z.object({ frameworkCode: z.string(), code: z.string(), name: z.string(), codes: z.array(z.string()) }),
  // `codes`: the first 500 codes added or updated, for an auditor who wants them.
  "indicator.import": z.object({ frameworkCode: z.string(), added: count, updated: count }).loose(),
  // Weights as the numeric column stores them ("1.50"); null: not weighted.
  "indicator.weight": z.object({ frameworkCode: z.string(), code: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
  "attachment.upload": z.object({ name: z.string(), size: count, mimeType: z.string(), sha256: z.string() }),
  "attachment.link": z.object({ attachmentIds: z.array(ZId), taskId: maybeId, progressReportId: maybeId.optional(), noticeId: maybeId.optional() }),
  // Uploads never linked to anything, deleted by the daily job once older than `olderThan`.
  "attachment.purge": z.object({ attachmentIds: z.array(ZId), olderThan: z.string() }),
  "department.create": z.object({ name: z.string(), kind: z.enum(DEPARTMENT_KINDS), sortOrder: count }),
  "department.update": z.object({ before: departmentFields, after: departmentFields }),
  "department.activate": z.object({ before: departmentFields, after: departmentFields }),
  "department.deactivate": z.object({ before: departmentFields, after: departmentFields }),
  "user.create": userFields,
  "user.create_admin_cli": z.object({ account: z.string(), name: z.string() }),
  "user.update": z.object({ before: userFields, after: userFields, ...revoked }),
  "user.enable": z.object(revoked),
  "user.disable": z.object(revoked),
  "user.reset_password": z.object(revoked),
  "user.change_password": z.object(revoked),
  "user.register": z.object({ account: z.string(), name: z.string(), departmentId: maybeId }),
  "user.registration_approve": z.object({ roles: z.array(z.enum(ROLES)), departmentId: maybeId }),
  "user.registration_reject": z.object({}),
  "auth.sign_in": z.object({ ...signIn, sessionId: ZId }),
  "auth.sign_in_failed": z.object({ ...signIn, reason: z.enum(["unknown", "password"]) }),
  "auth.sign_in_refused": z.object({ ...signIn, reason: z.union([z.literal("locked"), z.enum(USER_STATUSES)]) }),
  "auth.locked": z.object({ ...signIn, until: z.string().optional() }),
  "auth.sign_out": z.object({ sessionId: ZId }),
  "auth.token_issued": z.object({ ...signIn, tokenId: ZId }),
  "token.create": z.object({ name: z.string(), expiresAt: z.string() }),
  "token.revoke": z.object({}),
  "notification.read": z.object({ count }),
  // The task list's filter as parsed from its URL (lib/validation/task-filter-params.ts).
  "export.tasks": z.object({ filter: z.record(z.string(), z.unknown()) }),
  "export.assessment": z.object({ year: count, departments: count }),
  "export.annual_report": z.object({ planId: ZId, year: count }),
  "job.daily_reminders": z.object({ today: day, dueSoon: count, overdue: count, urgeDrafts: count, noticeDue: count }),
  "system.seed_demo": z.object({ departments: count, users: count, goals: count }),
  "system.seed_scale": z.object({ today: day, departments: count, users: count, goals: count, tasks: count, taskDepartments: count, progressReports: count, notices: count }),
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
