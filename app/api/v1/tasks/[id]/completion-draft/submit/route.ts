import { loadTaskParts } from "@/db/queries/tasks/task-parts";
import { submitPreparedCompletionEndpoint } from "@/lib/api/endpoints/completion-drafts";
import { toApiTask } from "@/lib/api/mappers/tasks";
import { apiRoute } from "@/lib/api/route";
import { submitPreparedCompletion } from "@/lib/services/tasks/submit-prepared-completion";
import { warningContext } from "@/lib/warning-context";

export const POST = apiRoute(submitPreparedCompletionEndpoint, async ({ params, body }, actor) => {
  const { task } = await submitPreparedCompletion(actor, { ...body, id: params.id });
  return toApiTask(task, await loadTaskParts(task.id), warningContext());
});
