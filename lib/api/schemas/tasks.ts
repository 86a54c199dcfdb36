import { DEMONSTRATION_STAGES, TASK_PRIORITIES, TASK_STATUSES, EXTENSION_STATUSES } from "@/lib/domain/codes";
import { TASK_ACTIONS } from "@/lib/domain/task-workflow";
import { WARNINGS } from "@/lib/domain/warning";
import { z } from "@/lib/validation/zod";
import { ZApiDate, ZApiDateTime, ZApiId } from "./common";
import { component } from "./component";

export const ZApiMilestone = component(
  "Milestone",
  z
    .object({
      id: ZApiId,
      title: z.string(),
      dueDate: ZApiDate.nullable(),
      completedAt: ZApiDateTime.nullable(),
      stage: z
        .enum(DEMONSTRATION_STAGES)
        .nullable()
        .meta({ description: "示范创建 (read-only): the demonstration stage this milestone is, completed in order on the task page; null for an ordinary milestone" }),
    })
    .strict(),
);

export const ZApiIndicator = component(
  "Indicator",
  z.object({ id: ZApiId, name: z.string(), unit: z.string(), target: z.number().nullable(), actual: z.number().nullable() }).strict(),
);

const taskCore = {
  id: ZApiId,
  title: z.string(),
  status: z.enum(TASK_STATUSES),
  priority: z.enum(TASK_PRIORITIES),
  version: z.number().int(),
  warning: z.enum(WARNINGS),
  progress: z.number().int().min(0).max(100),
  dueDate: ZApiDate.nullable(),
  originalDueDate: ZApiDate.nullable(),
  startDate: ZApiDate.nullable(),
  leadDepartmentId: ZApiId.nullable(),
  goalId: ZApiId.nullable(),
  /** Indicator tags, qualified by framework (1211:A2), in framework order. */
  indicatorCodes: z.array(z.string()).meta({ description: "Indicator tags, FRAMEWORK:CODE (1211:A2), in framework order", example: ["1211:A2"] }),
  createdAt: ZApiDateTime,
  updatedAt: ZApiDateTime,
};

/** A row of GET /tasks. */
export const ZApiTaskSummary = component(
  "TaskSummary",
  z
    .object({ ...taskCore, leadDepartmentName: z.string().nullable() })
    .strict(),
);

export const ZApiTask = component(
  "Task",
  z
    .object({
      ...taskCore,
      description: z.string(),
      cooperatingDepartmentIds: z.array(ZApiId),
      ownerId: ZApiId.nullable(),
      milestones: z.array(ZApiMilestone),
      indicators: z.array(ZApiIndicator),
    })
    .strict(),
);

export const ZApiTimelineEntry = component(
  "TimelineEntry",
  z
    .object({
      type: z.enum(["event", "progress", "instruction", "notice"]),
      at: ZApiDateTime,
      /** event: the audit action (task.publish, task.extension_request, …). */
      action: z.string().nullable(),
      actorName: z.string().nullable(),
      /** progress note, instruction text, or a transition's reason. */
      content: z.string().nullable(),
      percent: z.number().int().nullable(),
      noticeId: ZApiId.nullable(),
      noticeNumber: z.string().nullable(),
    })
    .strict(),
);

export const ZApiTaskDetail = component(
  "TaskDetail",
  z
    .object({ ...ZApiTask.shape, timeline: z.array(ZApiTimelineEntry) })
    .strict(),
);

export const ZApiTaskPage = component(
  "TaskPage",
  z
    .object({ items: z.array(ZApiTaskSummary), nextCursor: z.string().nullable() })
    .strict(),
);

export const ZApiExtensionRequest = component(
  "ExtensionRequest",
  z
    .object({
      id: ZApiId,
      taskId: ZApiId,
      status: z.enum(EXTENSION_STATUSES),
      currentDueDate: ZApiDate,
      requestedDueDate: ZApiDate,
      reason: z.string(),
      decisionReason: z.string().nullable(),
      createdAt: ZApiDateTime,
      decidedAt: ZApiDateTime.nullable(),
    })
    .strict(),
);

export const ZApiExtensionDecision = component(
  "ExtensionDecision",
  z
    .object({ request: ZApiExtensionRequest, task: ZApiTask })
    .strict(),
);

export const ZApiTaskAction = z.enum(TASK_ACTIONS);
