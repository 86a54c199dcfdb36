"use server";

import { revalidatePath } from "next/cache";
import { ownerCandidates } from "@/db/queries/tasks/task-detail";
import { authedAction } from "@/lib/actions/authed-action";
import { createTask } from "@/lib/services/tasks/create-task";
import { decideExtension } from "@/lib/services/tasks/decide-extension";
import { discardCompletion } from "@/lib/services/tasks/discard-completion";
import { prepareCompletion } from "@/lib/services/tasks/prepare-completion";
import { submitPreparedCompletion } from "@/lib/services/tasks/submit-prepared-completion";
import { addMilestone, completeMilestone } from "@/lib/services/tasks/milestones";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { requestExtension } from "@/lib/services/tasks/request-extension";
import { setTaskOwner } from "@/lib/services/tasks/set-owner";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { updateTask } from "@/lib/services/tasks/update-task";
import { ZId } from "@/lib/validation/common";
import { ZDiscardCompletionSchema, ZPrepareCompletionSchema, ZSubmitPreparedSchema } from "@/lib/validation/completion-drafts";
import {
  ZAddMilestoneSchema,
  ZCompleteMilestoneSchema,
  ZExtensionDecisionSchema,
  ZExtensionRequestSchema,
  ZProgressSchema,
  ZSetOwnerSchema,
  ZTaskCreateSchema,
  ZTaskUpdateSchema,
  ZTransitionSchema,
} from "@/lib/validation/tasks";
import { z } from "@/lib/validation/zod";

const refresh = (taskId: string) => {
  revalidatePath(`/tasks/${taskId}`);
  revalidatePath("/tasks");
};

export const createTaskAction = authedAction("task:create", ZTaskCreateSchema, async (input, actor) => {
  const task = await createTask(actor, input);
  revalidatePath("/tasks");
  return { id: task.id };
});

export const updateTaskAction = authedAction("task:edit", ZTaskUpdateSchema, async (input, actor) => {
  const task = await updateTask(actor, input);
  refresh(task.id);
  return { id: task.id };
});

// Who may take an action depends on the action, the task and the department:
// the service decides (lib/domain/task-workflow.ts).
export const transitionTaskAction = authedAction(null, ZTransitionSchema, async (input, actor) => {
  const task = await transitionTask(actor, input);
  refresh(task.id);
  return { id: task.id, status: task.status };
});

export const reportProgressAction = authedAction("task:report_progress", ZProgressSchema, async (input, actor) => {
  const { task } = await reportProgress(actor, input);
  refresh(task.id);
  return { id: task.id };
});

export const requestExtensionAction = authedAction("extension:request", ZExtensionRequestSchema, async (input, actor) => {
  const request = await requestExtension(actor, input);
  refresh(request.taskId);
  return { id: request.id };
});

export const decideExtensionAction = authedAction("extension:decide", ZExtensionDecisionSchema, async (input, actor) => {
  const { task } = await decideExtension(actor, input);
  refresh(task.id);
  return { id: task.id };
});

export const setOwnerAction = authedAction(null, ZSetOwnerSchema, async (input, actor) => {
  const task = await setTaskOwner(actor, input);
  refresh(task.id);
  return { id: task.id };
});

export const addMilestoneAction = authedAction(null, ZAddMilestoneSchema, async (input, actor) => {
  await addMilestone(actor, input);
  refresh(input.id);
  return { id: input.id };
});

export const completeMilestoneAction = authedAction("task:report_progress", ZCompleteMilestoneSchema, async (input, actor) => {
  await completeMilestone(actor, input);
  refresh(input.id);
  return { id: input.id };
});

// The task form's owner picker: the people of the chosen lead department.
export const ownerCandidatesAction = authedAction("task:create", z.object({ departmentId: ZId }), async (input, actor) =>
  ownerCandidates(actor, input.departmentId),
);

// A 联络员's prepared 办结申请 and the head's one click: the services decide who may.

export const prepareCompletionAction = authedAction("task:prepare_completion", ZPrepareCompletionSchema, async (input, actor) => {
  const { task } = await prepareCompletion(actor, input);
  refresh(task.id);
  return { id: task.id };
});

export const submitPreparedAction = authedAction("task:submit", ZSubmitPreparedSchema, async (input, actor) => {
  const { task } = await submitPreparedCompletion(actor, input);
  refresh(task.id);
  return { id: task.id, status: task.status };
});

export const discardCompletionAction = authedAction(null, ZDiscardCompletionSchema, async (input, actor) => {
  const { task } = await discardCompletion(actor, input);
  refresh(task.id);
  return { id: task.id };
});
