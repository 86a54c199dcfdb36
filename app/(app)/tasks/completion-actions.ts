"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { discardCompletion } from "@/lib/services/tasks/discard-completion";
import { prepareCompletion } from "@/lib/services/tasks/prepare-completion";
import { submitPreparedCompletion } from "@/lib/services/tasks/submit-prepared-completion";
import { ZDiscardCompletionSchema, ZPrepareCompletionSchema, ZSubmitPreparedSchema } from "@/lib/validation/completion-drafts";

// A 联络员's prepared 办结申请 and the head's one click: the services decide who may.

const refresh = (taskId: string) => {
  revalidatePath(`/tasks/${taskId}`);
  revalidatePath("/tasks");
};

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
