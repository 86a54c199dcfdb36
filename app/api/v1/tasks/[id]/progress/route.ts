import { loadTaskParts } from "@/db/queries/tasks/task-parts";
import { reportProgressEndpoint } from "@/lib/api/endpoints/tasks";
import { toApiTask } from "@/lib/api/mappers/tasks";
import { apiRoute } from "@/lib/api/route";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { warningContext } from "@/lib/warning-context";

export const POST = apiRoute(reportProgressEndpoint, async ({ params, body }, actor) => {
  const { task } = await reportProgress(actor, { ...body, id: params.id, attachmentIds: [] });
  return toApiTask(task, await loadTaskParts(task.id), warningContext());
});
