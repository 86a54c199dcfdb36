import { FileStack, FileUp, Plus, TriangleAlert } from "lucide-react";
import { DownloadButton } from "@/components/shell/download-button";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { TaskFilters } from "@/components/tasks/task-filters";
import { buttonVariants } from "@/components/ui/button-variants";
import { listActiveDepartments } from "@/db/queries/departments";
import { listPlanSections } from "@/db/queries/plans";
import { loadIndicatorCatalogue } from "@/db/queries/indicator-tags/catalogue";
import { toIndicatorOptions } from "@/lib/domain/indicator-tags/codes";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";
import { parsePaging } from "@/lib/pagination";
import { parseTaskFilterParams, taskFilterToParams } from "@/lib/validation/task-filter-params";
import { TaskResults, TaskResultsLoading } from "./task-results";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("tasks") };
}

export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const filter = parseTaskFilterParams(raw);
  const paging = parsePaging(raw, "cursor");
  const t = await getTranslations("tasks");
  const tPlans = await getTranslations("plans");
  const tx = await getTranslations("taskExport");
  const ti = await getTranslations("taskImport");
  const seesAll = can(actor, "data:read_all");
  const [departments, sections, catalogue] = await Promise.all([
    seesAll ? listActiveDepartments() : Promise.resolve(null),
    listPlanSections(),
    loadIndicatorCatalogue(),
  ]);
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <div className="flex flex-wrap gap-2">
          {seesAll ? (
            <Link className={buttonVariants({ variant: "outline" })} href="/plans">
              <FileStack aria-hidden />
              {tPlans("title")}
            </Link>
          ) : null}
          {/* Fetched by the button (progress shown, no second click), never prefetched. */}
          <DownloadButton href={`/api/tasks/export?${taskFilterToParams(filter)}`} title={tx("hint")}>
            {tx("button")}
          </DownloadButton>
          <Link className={buttonVariants({ variant: "outline" })} href="/tasks/overdue">
            <TriangleAlert aria-hidden />
            {t("overdueList")}
          </Link>
          {can(actor, "task:create") ? (
            <Link className={buttonVariants({ variant: "outline" })} href="/tasks/import">
              <FileUp aria-hidden />
              {ti("link")}
            </Link>
          ) : null}
          {can(actor, "task:create") ? (
            <Link className={buttonVariants()} href="/tasks/new">
              <Plus aria-hidden />
              {t("create")}
            </Link>
          ) : null}
        </div>
      </div>
      <TaskFilters filter={filter} options={{ departments, sections, indicators: toIndicatorOptions(catalogue) }} size={paging.size} />
      <Suspense key={`${taskFilterToParams(filter)}|${paging.cursor ?? ""}|${paging.size}`} fallback={<TaskResultsLoading />}>
        <TaskResults actor={actor} filter={filter} paging={paging} />
      </Suspense>
    </div>
  );
}
