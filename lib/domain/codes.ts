// The code vocabulary of docs/product.md, shared by the database enums, the zod
// schemas and the UI (which must not import the database layer).
export const ROLES = ["admin", "supervisor", "leader", "dept_head", "dept_officer"] as const;
export const USER_STATUSES = ["pending", "active", "disabled", "rejected"] as const;
export const DEPARTMENT_KINDS = ["district", "township", "other"] as const;
export const PLAN_STATUSES = ["draft", "active", "archived"] as const;
export const GOAL_KINDS = ["section", "group", "item", "measure", "problem"] as const;
// carried_over (结转): closed at the year's rollover; a successor task in the next plan goes on with the work.
export const TASK_STATUSES = ["draft", "assigned", "in_progress", "submitted", "completed", "cancelled", "carried_over"] as const;
export const TASK_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export const TASK_DEPARTMENT_ROLES = ["lead", "cooperating"] as const;
export const EXTENSION_STATUSES = ["pending", "approved", "rejected"] as const;
// A 联络员's prepared 办结申请: open until the head submits or discards it, a new one replaces it,
// or the head submits the task directly (superseded).
export const COMPLETION_DRAFT_STATUSES = ["open", "submitted", "discarded", "replaced", "superseded"] as const;
export type TCompletionDraftStatus = (typeof COMPLETION_DRAFT_STATUSES)[number];
export const NOTICE_KINDS = ["reminder", "urge", "supervise", "circular", "interview"] as const;
// draft: prepared (e.g. by the daily job) but not yet issued and not yet numbered.
export const NOTICE_STATUSES = ["draft", "issued", "signed", "responded", "closed"] as const;
// 指标体系: demonstration 示范指标体系, assessment 考核指标, mechanism 推进机制 (the 1211 levers), other.
export const INDICATOR_FRAMEWORK_KINDS = ["demonstration", "assessment", "mechanism", "other"] as const;

export type TRole = (typeof ROLES)[number];
export type TUserStatus = (typeof USER_STATUSES)[number];
export type TDepartmentKind = (typeof DEPARTMENT_KINDS)[number];
export type TGoalKind = (typeof GOAL_KINDS)[number];
export type TTaskStatus = (typeof TASK_STATUSES)[number];
export type TTaskPriority = (typeof TASK_PRIORITIES)[number];
export type TNoticeKind = (typeof NOTICE_KINDS)[number];
export type TIndicatorFrameworkKind = (typeof INDICATOR_FRAMEWORK_KINDS)[number];
export type TNoticeStatus = (typeof NOTICE_STATUSES)[number];
