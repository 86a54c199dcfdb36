import { loadTaskParts } from "@/db/queries/tasks/task-parts";
import { decideExtensionEndpoint } from "@/lib/api/endpoints/tasks";
import { toApiExtensionRequest, toApiTask } from "@/lib/api/mappers/tasks";
import { apiRoute } from "@/lib/api/route";
import { decideExtension } from "@/lib/services/tasks/decide-extension";
import { warningContext } from "@/lib/warning-context";

export const POST = apiRoute(decideExtensionEndpoint, async ({ params, body }, actor) => {
  const { request, task } = await decideExtension(actor, { ...body, id: params.id });
  return { request: toApiExtensionRequest(request), task: toApiTask(task, await loadTaskParts(task.id), warningContext()) };
});
