import type { Metadata } from "next";
import { LinkPendingLabel } from "@/components/shell/link-pending-label";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, forbidden } from "next/navigation";
import { PlanStatusBadge } from "@/components/plans/plan-badges";
import { PlanGoalTree } from "@/components/plans/plan-goal-tree";
import { EmptyState } from "@/components/shell/empty-state";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DemonstrationGoalButton } from "@/components/demonstration/demonstration-goal-button";
import { listActiveDepartments } from "@/db/queries/departments";
import { getPlanOverview } from "@/db/queries/plan-overview";
import { requireActor } from "@/lib/auth/current-actor";
import { planCapabilities } from "@/lib/domain/capabilities/plan";
import { can } from "@/lib/domain/permissions";
import { getEnv } from "@/lib/env";
import { formatMoment } from "@/lib/format";
import { isId } from "@/lib/validation/common";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("detailTitle") };
}

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "data:read_all")) forbidden();
  const { id } = await params;
  if (!isId(id)) notFound();
  const overview = await getPlanOverview(actor, id);
  if (!overview) notFound();
  const { plan, goals, tasks } = overview;
  const [t, tr, tl, trl, locale] = await Promise.all([getTranslations("plans"), getTranslations("report"), getTranslations("longWork"), getTranslations("rollover"), getLocale()]);
  const drafts = tasks.filter((task) => task.status === "draft").length;
  const may = planCapabilities(actor);
  // 示范创建 (ADR 020): any ordinary goal may be made a demonstration project, or a new one added.
  const mayDemonstrate = may.demonstration.allowed && plan.status !== "archived";
  const departments = mayDemonstrate ? await listActiveDepartments() : [];
  return (
    <div className="grid gap-4">
      <div className="grid gap-1">
        <Link href="/plans" className="text-sm text-muted-foreground hover:underline">
          {t("backToList")}
        </Link>
        <h1 className="text-lg font-semibold">{plan.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <PlanStatusBadge status={plan.status} />
          <span>{t("yearOf", { year: plan.year })}</span>
          <span>{t("createdOn", { at: formatMoment(plan.createdAt, locale, getEnv().APP_TIMEZONE) })}</span>
        </p>
      </div>
      <dl className="grid grid-cols-3 gap-2 sm:max-w-md">
        {[
          [t("goals"), goals.length],
          [t("tasks"), tasks.length],
          [t("drafts"), drafts],
        ].map(([label, value]) => (
          <div key={String(label)} className="rounded-lg border border-border bg-background p-3">
            <dt className="text-xs text-muted-foreground">{label}</dt>
            <dd className="num text-left text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="flex flex-wrap gap-2">
        <Link className={buttonVariants({ variant: "outline" })} href={`/plans/${plan.id}/report`} prefetch={false}>
          <LinkPendingLabel pendingText={tl("generating")}>{tr("generate")}</LinkPendingLabel>
        </Link>
        {mayDemonstrate ? (
          <DemonstrationGoalButton
            planId={plan.id}
            departments={departments}
            goals={goals.filter((g) => !g.demonstrationCategory).map((g) => ({ id: g.id, version: g.version, label: `${g.code}${g.title}`.slice(0, 60) }))}
          />
        ) : null}
        {may.rollover.allowed ? (
          <Link className={buttonVariants({ variant: "outline" })} href={`/plans/${plan.id}/rollover`}>
            {trl("button")}
          </Link>
        ) : null}
      </p>
      {drafts > 0 ? (
        <p className="text-sm">
          <Link className="text-primary hover:underline" href="/tasks?status=draft&sort=created">
            {t("draftsLink", { n: drafts })}
          </Link>
        </p>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>{t("goalTree")}</CardTitle>
        </CardHeader>
        <CardContent>{goals.length === 0 ? <EmptyState title={t("noGoals")} /> : <PlanGoalTree goals={goals} tasks={tasks} />}</CardContent>
      </Card>
    </div>
  );
}
