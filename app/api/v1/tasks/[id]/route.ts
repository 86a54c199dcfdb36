import { getTaskDetail } from "@/db/queries/tasks/task-detail";
import { getTaskEndpoint } from "@/lib/api/endpoints/tasks";
import { toApiTaskDetail } from "@/lib/api/mappers/tasks";
import { apiRoute } from "@/lib/api/route";
import { warningContext } from "@/lib/warning-context";

export const GET = apiRoute(getTaskEndpoint, async ({ params }, actor) => {
  const context = warningContext();
  // Scoped like the task page: a task the caller may not see is 404.
  return toApiTaskDetail(await getTaskDetail(actor, params.id, context), context);
});
