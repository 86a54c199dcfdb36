import { getTranslations } from "next-intl/server";
import { TaskTable } from "@/components/tasks/task-table";
import { PageLoading } from "@/components/shell/page-loading";
import { Pager } from "@/components/shell/pager";
import { listTasks } from "@/db/queries/tasks/list-tasks";
import type { TActor } from "@/lib/domain/actor";
import { pagingLinks, type TPaging } from "@/lib/pagination";
import { taskFilterToParams, type TTaskFilterParams } from "@/lib/validation/task-filter-params";
import { warningContext } from "@/lib/warning-context";

/**
 * The list under the filters: its (capped) total, one page of rows and the pager.
 * Rendered in its own Suspense boundary, so the header and the filters reach the
 * browser before the list's query answers (issue 17).
 */
export async function TaskResults({ actor, filter, paging }: { actor: TActor; filter: TTaskFilterParams; paging: TPaging }) {
  const t = await getTranslations("tasks");
  const context = warningContext();
  const page = await listTasks(actor, { ...filter, cursor: paging.cursor, limit: paging.size }, context);
  return (
    <>
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {t(page.total.more ? "totalMore" : "total", { n: page.total.n })}
      </p>
      <TaskTable items={page.items} emptyTitle={t("empty")} today={context.today} />
      <Pager links={pagingLinks("/tasks", taskFilterToParams(filter), "cursor", paging, page.nextCursor)} />
    </>
  );
}

/** What the list's place shows while it loads: the total's line and the rows. */
export function TaskResultsLoading() {
  return <PageLoading blocks={["h-5 w-24", "h-64"]} />;
}
