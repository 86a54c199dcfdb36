// The code vocabulary of docs/product.md, shared by the database enums, the zod
// schemas and the UI (which must not import the database layer).
export const ROLES = ["admin", "supervisor", "leader", "dept_head", "dept_officer"] as const;
export const USER_STATUSES = ["pending", "active", "disabled", "rejected"] as const;
export const DEPARTMENT_KINDS = ["district", "township", "other"] as const;
export const PLAN_STATUSES = ["draft", "active", "archived"] as const;
export const GOAL_KINDS = ["section", "group", "item", "measure", "problem"] as const;
export const TASK_STATUSES = ["draft", "assigned", "in_progress", "submitted", "completed", "cancelled"] as const;
export const TASK_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export const TASK_DEPARTMENT_ROLES = ["lead", "cooperating"] as const;
export const EXTENSION_STATUSES = ["pending", "approved", "rejected"] as const;
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
