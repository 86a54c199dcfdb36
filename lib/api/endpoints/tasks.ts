import { decodeCursor } from "@/db/queries/tasks/cursor";
import { TASK_STATUSES } from "@/lib/domain/codes";
import { WARNINGS } from "@/lib/domain/warning";
import { ZId, text } from "@/lib/validation/common";
import { datesInOrder, leadNotCooperating, NOTE_MAX, taskFields, ZDate, ZExtensionDecisionSchema, ZExtensionRequestSchema, ZProgressSchema, ZTransitionSchema } from "@/lib/validation/tasks";
import { z } from "@/lib/validation/zod";
import { defineEndpoint } from "../endpoint";
import { ZIndicatorFilter } from "./indicator-tags";
import { ZApiVersion, ZIdParams } from "../schemas/common";
import { ZApiExtensionDecision, ZApiExtensionRequest, ZApiTask, ZApiTaskDetail, ZApiTaskPage } from "../schemas/tasks";

const TAG = "tasks";

const ZStatusList = text()
  .max(200)
  .transform((v) => v.split(","))
  .pipe(z.array(z.enum(TASK_STATUSES)).min(1))
  .meta({ description: "One status, or several separated by commas", example: "assigned,in_progress" });

export const ZTaskListQuery = z
  .object({
    status: ZStatusList.optional(),
    departmentId: ZId.optional().meta({ description: "Tasks the department leads or cooperates on" }),
    overdue: z.enum(["true", "false"]).optional().meta({ description: "true: only overdue tasks" }),
    warning: z.enum(WARNINGS).optional(),
    q: text().trim().max(100).optional().meta({ description: "Words in the title" }),
    dueBefore: ZDate.optional().meta({ description: "Due strictly before this day (YYYY-MM-DD)" }),
    indicator: ZIndicatorFilter.optional(),
    limit: text()
      .regex(/^\d{1,3}$/, { error: "invalidType" })
      .transform(Number)
      .pipe(z.number().int().min(1).max(200))
      .optional()
      .meta({ description: "Page size, 1–200 (default 50)" }),
    cursor: text()
      .max(300)
      .refine((v) => decodeCursor(v) !== null, { error: "api.invalidCursor" })
      .optional()
      .meta({ description: "nextCursor of the previous page (opaque)" }),
  })
  .strict();

export const listTasksEndpoint = defineEndpoint({
  operationId: "listTasks",
  method: "get",
  path: "/tasks",
  tag: TAG,
  summary: "任务列表（按完成时限排序，键集分页）",
  description: "The tasks the caller may see, ordered by due date then id; a department user sees only tasks its department leads or cooperates on.",
  auth: "signed_in",
  query: ZTaskListQuery,
  success: { status: 200, description: "One page", schema: ZApiTaskPage },
  errors: [401, 422],
});

export const ZTaskCreateBody = z
  .object({ ...taskFields, leadDepartmentId: ZId, dueDate: ZDate })
  .strict()
  .refine(datesInOrder, { path: ["dueDate"], error: "dueBeforeStart" })
  .refine(leadNotCooperating, { path: ["cooperatingDepartmentIds"], error: "leadAlsoCooperating" });

export const createTaskEndpoint = defineEndpoint({
  operationId: "createTask",
  method: "post",
  path: "/tasks",
  tag: TAG,
  summary: "新建任务（草稿）",
  auth: "signed_in",
  body: ZTaskCreateBody,
  success: { status: 201, description: "The new task, a draft", schema: ZApiTask },
  errors: [401, 403, 422],
});

export const getTaskEndpoint = defineEndpoint({
  operationId: "getTask",
  method: "get",
  path: "/tasks/{id}",
  tag: TAG,
  summary: "任务详情及时间线",
  auth: "signed_in",
  params: ZIdParams,
  success: { status: 200, description: "The task and its timeline, newest first", schema: ZApiTaskDetail },
  errors: [401, 404],
});

export const ZTransitionBody = ZTransitionSchema.omit({ id: true }).extend({ version: ZApiVersion });

export const transitionTaskEndpoint = defineEndpoint({
  operationId: "transitionTask",
  method: "post",
  path: "/tasks/{id}/transitions",
  tag: TAG,
  summary: "任务流转（下发、签收、退回、申请办结、审核通过、退回整改、重新打开、撤销）",
  auth: "signed_in",
  params: ZIdParams,
  body: ZTransitionBody,
  success: { status: 200, description: "The task after the action", schema: ZApiTask },
  errors: [401, 403, 404, 409, 422],
});

export const ZProgressBody = ZProgressSchema.omit({ id: true, attachmentIds: true }).extend({
  version: ZApiVersion,
  percent: z.number().int().min(0).max(100),
});

export const reportProgressEndpoint = defineEndpoint({
  operationId: "reportProgress",
  method: "post",
  path: "/tasks/{id}/progress",
  tag: TAG,
  summary: "报送进展",
  auth: "signed_in",
  params: ZIdParams,
  body: ZProgressBody,
  success: { status: 200, description: "The task after the report", schema: ZApiTask },
  errors: [401, 403, 404, 409, 422],
});

export const ZExtensionRequestBody = ZExtensionRequestSchema.omit({ id: true, version: true }).extend({
  version: ZApiVersion.optional(),
  reason: text().trim().min(1).max(NOTE_MAX),
});

export const requestExtensionEndpoint = defineEndpoint({
  operationId: "requestExtension",
  method: "post",
  path: "/tasks/{id}/extension-requests",
  tag: TAG,
  summary: "申请延期",
  auth: "signed_in",
  params: ZIdParams,
  body: ZExtensionRequestBody,
  success: { status: 201, description: "The pending request", schema: ZApiExtensionRequest },
  errors: [401, 403, 404, 409, 422],
});

export const ZExtensionDecisionBody = ZExtensionDecisionSchema.omit({ id: true });

export const decideExtensionEndpoint = defineEndpoint({
  operationId: "decideExtension",
  method: "post",
  path: "/extension-requests/{id}/decision",
  tag: TAG,
  summary: "审批延期申请",
  auth: "signed_in",
  params: ZIdParams,
  body: ZExtensionDecisionBody,
  success: { status: 200, description: "The decided request and the task (its due date moved when approved)", schema: ZApiExtensionDecision },
  errors: [401, 403, 404, 409, 422],
});
