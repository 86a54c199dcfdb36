import { loadTaskParts } from "@/db/queries/tasks/task-parts";
import { discardCompletionEndpoint } from "@/lib/api/endpoints/completion-drafts";
import { toApiTask } from "@/lib/api/mappers/tasks";
import { apiRoute } from "@/lib/api/route";
import { discardCompletion } from "@/lib/services/tasks/discard-completion";
import { warningContext } from "@/lib/warning-context";

export const POST = apiRoute(discardCompletionEndpoint, async ({ params, body }, actor) => {
  const { task } = await discardCompletion(actor, { ...body, id: params.id });
  return toApiTask(task, await loadTaskParts(task.id), warningContext());
});
