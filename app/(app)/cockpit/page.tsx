import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DemonstrationCard } from "@/components/cockpit/demonstration-card";
import { NoticesCard } from "@/components/cockpit/notices-card";
import { OverdueCard } from "@/components/cockpit/overdue-card";
import { RankingCard } from "@/components/cockpit/ranking-card";
import { SectionsCard } from "@/components/cockpit/sections-card";
import { StatTile } from "@/components/cockpit/stat-tile";
import { TrendCard } from "@/components/cockpit/trend-card";
import { WarningsCard } from "@/components/cockpit/warnings-card";
import { PageHeader } from "@/components/shell/page-header";
import { listDemonstrationTracks } from "@/db/queries/cockpit/demonstration-tracks";
import { departmentRanking } from "@/db/queries/cockpit/department-ranking";
import { noticeSummary } from "@/db/queries/cockpit/notice-summary";
import { cockpitOverview } from "@/db/queries/cockpit/overview";
import { sectionCompletion } from "@/db/queries/cockpit/section-completion";
import { weeklyTrend } from "@/db/queries/cockpit/weekly-trend";
import { listOverdueTasks } from "@/db/queries/tasks/overdue";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";
import { formatDay } from "@/lib/format";
import { warningContext } from "@/lib/warning-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("cockpit") };
}

/** 领导驾驶舱: every figure is computed in SQL and links to the list it counts; the cards stack on a phone. */
export default async function CockpitPage() {
  const actor = await requireActor();
  if (!can(actor, "data:read_all")) forbidden();
  const context = warningContext();
  const [t, tw, locale, overview, ranking, sections, trend, notices, overdue, demonstrations] = await Promise.all([
    getTranslations("cockpit"),
    getTranslations("warnings"),
    getLocale(),
    cockpitOverview(actor, context),
    departmentRanking(actor, context),
    sectionCompletion(actor, context),
    weeklyTrend(actor, context),
    noticeSummary(actor, context),
    listOverdueTasks(actor, context, "days", { limit: 10 }),
    listDemonstrationTracks(actor, context),
  ]);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
      <PageHeader
        title={t("title")}
        description={t("asOf", { today: formatDay(context.today, locale) })}
        actions={
          <Link href="/assessment" className="text-sm text-primary underline underline-offset-2">
            {t("assessment")}
          </Link>
        }
      />
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        <StatTile testId="tile-total" label={t("total")} value={overview.total} href="/tasks?status=assigned,in_progress,submitted,completed,cancelled" />
        <StatTile testId="tile-completed" label={t("completed")} value={overview.completed} href="/tasks?status=completed" />
        <StatTile testId="tile-red" tone="red" label={tw("red")} value={overview.red} href="/tasks?warning=red" />
        <StatTile testId="tile-yellow" tone="yellow" label={tw("yellow")} value={overview.yellow} href="/tasks?warning=yellow" />
        <StatTile testId="tile-green" tone="green" label={tw("green")} value={overview.green} href="/tasks?warning=green&status=assigned,in_progress,submitted" />
        <StatTile testId="tile-submitted" label={t("submitted")} value={overview.submitted} href="/tasks?status=submitted" />
      </div>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-2">
        <WarningsCard overview={overview} />
        <OverdueCard overdue={overdue} />
      </div>
      <RankingCard ranking={ranking} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-2">
        <SectionsCard sections={sections} />
        <TrendCard trend={trend} />
      </div>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-2">
        <NoticesCard notices={notices} />
        <DemonstrationCard tracks={demonstrations} />
      </div>
    </div>
  );
}
