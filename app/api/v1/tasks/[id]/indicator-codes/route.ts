import { loadTaskParts } from "@/db/queries/tasks/task-parts";
import { setTaskIndicatorCodesEndpoint } from "@/lib/api/endpoints/indicator-tags";
import { toApiTask } from "@/lib/api/mappers/tasks";
import { apiRoute } from "@/lib/api/route";
import { setTaskIndicatorCodes } from "@/lib/services/indicator-tags/set-task-tags";
import { warningContext } from "@/lib/warning-context";

export const PUT = apiRoute(setTaskIndicatorCodesEndpoint, async ({ params, body }, actor) => {
  const task = await setTaskIndicatorCodes(actor, { ...body, id: params.id });
  return toApiTask(task, await loadTaskParts(task.id), warningContext());
});
