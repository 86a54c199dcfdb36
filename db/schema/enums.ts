import { pgEnum } from "drizzle-orm/pg-core";
import * as codes from "@/lib/domain/codes";

export const roleEnum = pgEnum("role", codes.ROLES);
export const userStatusEnum = pgEnum("user_status", codes.USER_STATUSES);
export const departmentKindEnum = pgEnum("department_kind", codes.DEPARTMENT_KINDS);
export const planStatusEnum = pgEnum("plan_status", codes.PLAN_STATUSES);
export const goalKindEnum = pgEnum("goal_kind", codes.GOAL_KINDS);
export const taskStatusEnum = pgEnum("task_status", codes.TASK_STATUSES);
export const taskPriorityEnum = pgEnum("task_priority", codes.TASK_PRIORITIES);
export const taskDepartmentRoleEnum = pgEnum("task_department_role", codes.TASK_DEPARTMENT_ROLES);
export const extensionStatusEnum = pgEnum("extension_status", codes.EXTENSION_STATUSES);
export const completionDraftStatusEnum = pgEnum("completion_draft_status", codes.COMPLETION_DRAFT_STATUSES);
export const noticeKindEnum = pgEnum("notice_kind", codes.NOTICE_KINDS);
export const noticeStatusEnum = pgEnum("notice_status", codes.NOTICE_STATUSES);
export const indicatorFrameworkKindEnum = pgEnum("indicator_framework_kind", codes.INDICATOR_FRAMEWORK_KINDS);
