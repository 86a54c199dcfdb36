import type { TTaskListItem } from "@/db/queries/tasks/list-tasks";
import type { TTaskDetail } from "@/db/queries/tasks/task-detail";
import type { TTaskParts } from "@/db/queries/tasks/task-parts";
import type { TExtensionRequest, TTask } from "@/db/schema";
import { taskWarning, type TWarningContext } from "@/lib/domain/warning";
import type { z } from "@/lib/validation/zod";
import { iso, isoOrNull } from "../schemas/common";
import type { ZApiExtensionRequest, ZApiTask, ZApiTaskDetail, ZApiTaskSummary, ZApiTimelineEntry } from "../schemas/tasks";

type TApiTask = z.input<typeof ZApiTask>;

// numeric columns arrive as strings (exact decimals); the API speaks JSON numbers.
const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

export function toApiTaskSummary(item: TTaskListItem, indicatorCodes: string[] = []): z.input<typeof ZApiTaskSummary> {
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    priority: item.priority,
    version: item.version,
    warning: item.warning,
    progress: item.progress,
    dueDate: item.dueDate,
    originalDueDate: item.originalDueDate,
    startDate: item.startDate,
    leadDepartmentId: item.leadDepartmentId,
    leadDepartmentName: item.leadDepartmentName,
    goalId: item.goalId,
    indicatorCodes,
    createdAt: iso(item.createdAt),
    updatedAt: iso(item.updatedAt),
  };
}

export function toApiTask(task: TTask, parts: TTaskParts, context: TWarningContext): TApiTask {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    status: task.status,
    priority: task.priority,
    version: task.version,
    warning: taskWarning(task, context),
    progress: task.progress,
    dueDate: task.dueDate,
    originalDueDate: task.originalDueDate,
    startDate: task.startDate,
    leadDepartmentId: parts.leadDepartmentId,
    cooperatingDepartmentIds: parts.cooperatingDepartmentIds,
    ownerId: task.ownerId,
    goalId: task.goalId,
    indicatorCodes: parts.indicatorCodes,
    milestones: parts.milestones.map((m) => ({ id: m.id, title: m.title, dueDate: m.dueDate, completedAt: isoOrNull(m.completedAt), stage: m.stage })),
    indicators: parts.indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit, target: numberOrNull(i.target), actual: numberOrNull(i.actual) })),
    createdAt: iso(task.createdAt),
    updatedAt: iso(task.updatedAt),
  };
}

type TTimelineEntry = z.input<typeof ZApiTimelineEntry>;
const EMPTY_ENTRY = { action: null, actorName: null, content: null, percent: null, noticeId: null, noticeNumber: null } as const;

export function toApiTimelineEntry(entry: TTaskDetail["timeline"][number]): TTimelineEntry {
  const at = iso(entry.at);
  switch (entry.type) {
    case "event": {
      const reason = (entry.data as { reason?: unknown } | null)?.reason;
      return { ...EMPTY_ENTRY, type: "event", at, action: entry.action, actorName: entry.actorName, content: typeof reason === "string" ? reason : null };
    }
    case "progress":
      return { ...EMPTY_ENTRY, type: "progress", at, actorName: entry.report.authorName, content: entry.report.note, percent: entry.report.percent };
    case "instruction":
      return { ...EMPTY_ENTRY, type: "instruction", at, actorName: entry.actorName, content: entry.content };
    case "notice":
      return { ...EMPTY_ENTRY, type: "notice", at, noticeId: entry.notice.id, noticeNumber: entry.notice.number };
    case "carriedFrom":
      // 结转: the successor's first entry names the task it carries on (its id as the content).
      return { ...EMPTY_ENTRY, type: "event", at, action: "task.carried_from", content: entry.from.id };
  }
}

export function toApiTaskDetail(detail: TTaskDetail, context: TWarningContext): z.input<typeof ZApiTaskDetail> {
  const parts: TTaskParts = {
    leadDepartmentId: detail.lead?.id ?? null,
    cooperatingDepartmentIds: detail.cooperating.map((d) => d.id),
    milestones: detail.milestones,
    indicators: detail.indicators,
    indicatorCodes: detail.indicatorTags.map((tag) => tag.code),
  };
  return { ...toApiTask(detail.task, parts, context), timeline: detail.timeline.map(toApiTimelineEntry) };
}

export function toApiExtensionRequest(request: TExtensionRequest): z.input<typeof ZApiExtensionRequest> {
  return {
    id: request.id,
    taskId: request.taskId,
    status: request.status,
    currentDueDate: request.currentDueDate,
    requestedDueDate: request.requestedDueDate,
    reason: request.reason,
    decisionReason: request.decisionReason,
    createdAt: iso(request.createdAt),
    decidedAt: isoOrNull(request.decidedAt),
  };
}
