import type { TAuditAction } from "./audit-events";

// What the audit log (系统管理 › 审计日志) shows of each action's data: which
// fields, under which label (messages auditFields.<label>), read how, and which
// pairs are a change (before → after). Declared per action, beside the
// vocabulary, so a new action does not compile until it says how it reads.
// Ids a reader cannot use (a report's, a session's) are simply not listed:
// the object itself is linked in its own column.

export type TAuditCodes = "taskStatuses" | "noticeStatuses" | "noticeKinds" | "roles" | "priorities" | "userStatuses" | "departmentKinds" | "indicators.kinds" | "auditWords.signInMethods" | "auditWords.signInReasons" | "demonstration.categories" | "demonstration.stages";

/** How one recorded value reads: "ref" an id named by the page, "count" a list by its length, "titles" a list of items by their titles. */
export type TAuditFormat = "text" | "number" | "bool" | "day" | "moment" | "ref" | "refs" | "list" | "titles" | "count" | "json" | { code: TAuditCodes };

/** Field → how it reads; its label is the field's own name. */
export type TAuditFields = Readonly<Record<string, TAuditFormat>>;

export type TAuditRowSpec =
  /** data[show], labelled `label` or the field's name; left out when the event does not record it. */
  | { show: string; as: TAuditFormat; label?: string }
  /** data[from] → data[to], as one row. */
  | { change: readonly [from: string, to: string]; as: TAuditFormat; label: string }
  /** data[each] is a record: a row for each of these fields it holds. */
  | { each: string; fields: TAuditFields }
  /** data[before] and data[after] are records: a before → after row for each of these fields either holds. */
  | { pairs: readonly [before: string, after: string]; fields: TAuditFields };

const shows = (fields: TAuditFields): TAuditRowSpec[] => Object.entries(fields).map(([show, as]) => ({ show, as }));

const TASK_FIELDS: TAuditFields = {
  title: "text",
  description: "text",
  goalId: "ref",
  leadDepartmentId: "ref",
  coLeadDepartmentIds: "refs",
  cooperatingDepartmentIds: "refs",
  ownerId: "ref",
  startDate: "day",
  dueDate: "day",
  priority: { code: "priorities" },
  milestones: "titles",
  indicators: "titles",
  indicatorCodes: "list",
};
const USER_FIELDS: TAuditFields = { account: "text", name: "text", phone: "text", departmentId: "ref", roles: { code: "roles" }, status: { code: "userStatuses" } };
const DEPARTMENT_FIELDS: TAuditFields = { name: "text", kind: { code: "departmentKinds" }, sortOrder: "number", isActive: "bool" };
const REVOKED: TAuditFields = { sessionsRevoked: "number", tokensRevoked: "number" };
const SIGN_IN: TAuditFields = { login: "text", method: { code: "auditWords.signInMethods" } };

const taskTransition = [{ change: ["from", "to"], label: "status", as: { code: "taskStatuses" } }, ...shows({ reason: "text", rejectedNote: "text", preparedBy: "ref" })] as const;
const noticeTransition = [{ change: ["from", "to"], label: "status", as: { code: "noticeStatuses" } }, ...shows({ reason: "text", attachments: "number" })] as const;
const extension = [{ change: ["from", "to"], label: "dueDate", as: "day" }, { show: "reason", as: "text" }] as const;
const taskEdit = [{ each: "fields", fields: TASK_FIELDS }, { show: "previousLeadDepartmentId", as: "ref" }] as const;
const departmentChange = [{ pairs: ["before", "after"], fields: DEPARTMENT_FIELDS }] as const;
const demonstration = shows({ goalId: "ref", title: "text", category: { code: "demonstration.categories" }, taskId: "ref" });
const signInRefusal = shows({ ...SIGN_IN, reason: { code: "auditWords.signInReasons" } });

export const AUDIT_DISPLAY = {
  "task.publish": taskTransition,
  "task.accept": taskTransition,
  "task.decline": taskTransition,
  "task.submit": taskTransition,
  "task.approve": taskTransition,
  "task.reject": taskTransition,
  "task.reopen": taskTransition,
  "task.cancel": taskTransition,
  "task.create": shows(TASK_FIELDS),
  "task.update": taskEdit,
  "task.reassign": taskEdit,
  "task.import": shows({ count: "number", fileName: "text" }),
  "task.tag": [{ change: ["from", "to"], label: "indicatorCodes", as: "list" }],
  "task.set_owner": [{ change: ["from", "to"], label: "owner", as: "ref" }],
  "task.progress": shows({ percent: "number", attachments: "number" }),
  "task.milestone_add": shows({ title: "text", dueDate: "day" }),
  "task.milestone_complete": shows({ title: "text" }),
  "task.stage_complete": shows({ stage: { code: "demonstration.stages" }, attachments: "number" }),
  "task.completion_prepare": shows({ note: "text", attachments: "number", taskVersion: "number" }),
  "task.completion_discard": shows({ preparedBy: "ref", reason: "text" }),
  "task.extension_request": extension,
  "task.extension_approve": extension,
  "task.extension_reject": extension,
  "task.carry_over": [
    { change: ["from", "to"], label: "status", as: { code: "taskStatuses" } },
    { change: ["dueDate", "newDueDate"], label: "dueDate", as: "day" },
    ...shows({ successorId: "ref", targetPlanId: "ref" }),
  ],
  "notice.sign": noticeTransition,
  "notice.draft_response": noticeTransition,
  "notice.respond": noticeTransition,
  "notice.close": noticeTransition,
  "notice.send_back": noticeTransition,
  "notice.issue": shows({ number: "text", kind: { code: "noticeKinds" }, departmentId: "ref", taskIds: "refs", fromDraft: "bool" }),
  "notice.draft": shows({ kind: { code: "noticeKinds" }, taskIds: "refs", month: "text", totals: "json", ranked: "number" }),
  "instruction.write": shows({ content: "text" }),
  "plan.import": shows({ title: "text", year: "number", goals: "number", tasks: "number", problems: "number" }),
  "plan.report_edit": shows({ text: "text", version: "number" }),
  "plan.rollover_create": shows({ fromPlanId: "ref", year: "number", goals: "number" }),
  "plan.demonstration_create": demonstration,
  "plan.demonstration_mark": demonstration,
  "indicator.framework_create": shows({ code: "text", name: "text", kind: { code: "indicators.kinds" } }),
  "indicator.framework_update": [{ pairs: ["before", "after"], fields: { name: "text", kind: { code: "indicators.kinds" }, description: "text", useInAssessment: "bool" } }],
  "indicator.create": shows({ frameworkCode: "text", code: "text", name: "text", parentCode: "text" }),
  "indicator.update": [{ show: "frameworkCode", as: "text" }, { pairs: ["before", "after"], fields: { code: "text", name: "text" } }],
  "indicator.move": shows({ frameworkCode: "text", code: "text", fromParentId: "ref", toParentCode: "text" }),
  "indicator.delete": shows({ frameworkCode: "text", code: "text", name: "text", codes: "list" }),
  "indicator.import": shows({ frameworkCode: "text", added: "number", updated: "number" }),
  "indicator.weight": [...shows({ frameworkCode: "text", code: "text" }), { change: ["from", "to"], label: "weight", as: "text" }],
  "attachment.upload": shows({ name: "text", size: "number", mimeType: "text", sha256: "text" }),
  "attachment.link": [{ show: "attachmentIds", label: "attachments", as: "count" }],
  "attachment.purge": [{ show: "attachmentIds", label: "attachments", as: "count" }, { show: "olderThan", as: "moment" }],
  "department.create": shows({ name: "text", kind: { code: "departmentKinds" }, sortOrder: "number" }),
  "department.update": departmentChange,
  "department.activate": departmentChange,
  "department.deactivate": departmentChange,
  "user.create": shows(USER_FIELDS),
  "user.create_admin_cli": shows({ account: "text", name: "text" }),
  "user.update": [{ pairs: ["before", "after"], fields: USER_FIELDS }, ...shows(REVOKED)],
  "user.enable": shows(REVOKED),
  "user.disable": shows(REVOKED),
  "user.reset_password": shows(REVOKED),
  "user.change_password": shows(REVOKED),
  "user.register": shows({ account: "text", name: "text", departmentId: "ref" }),
  "user.registration_approve": shows({ roles: { code: "roles" }, departmentId: "ref" }),
  "user.registration_reject": [],
  "auth.sign_in": shows(SIGN_IN),
  "auth.sign_in_failed": signInRefusal,
  "auth.sign_in_refused": signInRefusal,
  "auth.locked": shows({ ...SIGN_IN, until: "moment" }),
  "auth.sign_out": [],
  "auth.token_issued": shows(SIGN_IN),
  "token.create": shows({ name: "text", expiresAt: "moment" }),
  "token.revoke": [],
  "notification.read": shows({ count: "number" }),
  "export.tasks": shows({ filter: "json" }),
  "export.assessment": shows({ year: "number", departments: "number" }),
  "export.annual_report": shows({ planId: "ref", year: "number" }),
  "job.daily_reminders": shows({ today: "day", dueSoon: "number", overdue: "number", urgeDrafts: "number", noticeDue: "number" }),
  "system.seed_demo": shows({ departments: "number", users: "number", goals: "number" }),
  "system.seed_scale": shows({ today: "day", departments: "number", users: "number", goals: "number", tasks: "number", taskDepartments: "number", progressReports: "number", notices: "number" }),
} satisfies Record<TAuditAction, readonly TAuditRowSpec[]>;
