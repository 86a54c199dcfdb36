import { loadTaskParts } from "@/db/queries/tasks/task-parts";
import { prepareCompletionEndpoint } from "@/lib/api/endpoints/completion-drafts";
import { toApiTask } from "@/lib/api/mappers/tasks";
import { apiRoute } from "@/lib/api/route";
import { prepareCompletion } from "@/lib/services/tasks/prepare-completion";
import { warningContext } from "@/lib/warning-context";

export const POST = apiRoute(prepareCompletionEndpoint, async ({ params, body }, actor) => {
  const { task } = await prepareCompletion(actor, { ...body, id: params.id, attachmentIds: [] });
  return toApiTask(task, await loadTaskParts(task.id), warningContext());
});
