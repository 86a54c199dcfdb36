import { listTaskPage } from "@/db/queries/tasks/list-tasks";
import { taskIndicatorCodes } from "@/db/queries/indicator-tags/catalogue";
import { loadTaskParts } from "@/db/queries/tasks/task-parts";
import { createTaskEndpoint, listTasksEndpoint } from "@/lib/api/endpoints/tasks";
import { toApiTask, toApiTaskSummary } from "@/lib/api/mappers/tasks";
import { apiRoute } from "@/lib/api/route";
import { addDaysTo } from "@/lib/domain/calendar";
import { createTask } from "@/lib/services/tasks/create-task";
import { warningContext } from "@/lib/warning-context";

export const GET = apiRoute(listTasksEndpoint, async ({ query }, actor) => {
  const context = warningContext();
  // The same query (and department scoping) as the task list page; ordered by (due date, id), keyed by the last row.
  // The API answers no total, so none is counted (issue 17).
  const page = await listTaskPage(
    actor,
    {
      status: query.status,
      departmentId: query.departmentId,
      overdue: query.overdue === "true" || undefined,
      warning: query.warning,
      q: query.q || undefined,
      indicator: query.indicator,
      dueTo: query.dueBefore ? addDaysTo(query.dueBefore, -1) : undefined,
      limit: query.limit ?? 50,
      cursor: query.cursor,
      sort: "due",
    },
    context,
  );
  const tags = await taskIndicatorCodes(page.items.map((item) => item.id));
  return { items: page.items.map((item) => toApiTaskSummary(item, tags.get(item.id))), nextCursor: page.nextCursor };
});

export const POST = apiRoute(createTaskEndpoint, async ({ body }, actor) => {
  const task = await createTask(actor, body);
  return toApiTask(task, await loadTaskParts(task.id), warningContext());
});
