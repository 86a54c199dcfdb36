import { loadTaskParts } from "@/db/queries/tasks/task-parts";
import { transitionTaskEndpoint } from "@/lib/api/endpoints/tasks";
import { toApiTask } from "@/lib/api/mappers/tasks";
import { apiRoute } from "@/lib/api/route";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { warningContext } from "@/lib/warning-context";

export const POST = apiRoute(transitionTaskEndpoint, async ({ params, body }, actor) => {
  const task = await transitionTask(actor, { ...body, id: params.id });
  return toApiTask(task, await loadTaskParts(task.id), warningContext());
});
