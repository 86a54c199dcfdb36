import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { RolloverPreview } from "@/components/plans/rollover-preview";
import { EmptyState } from "@/components/shell/empty-state";
import { buttonVariants } from "@/components/ui/button";
import { planYearOf } from "@/db/queries/rollover";
import { requireActor } from "@/lib/auth/current-actor";
import { planCapabilities } from "@/lib/domain/capabilities/plan";
import { isRolloverYear } from "@/lib/domain/rollover";
import { rolloverPlan } from "@/lib/services/plans/rollover-plan";
import { isId, oneParam } from "@/lib/validation/common";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rollover"))("title") };
}

/** 年度结转: the preview (a dry run of the same service) with the choices; the client confirms. */
export default async function RolloverPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!planCapabilities(actor).rollover.allowed) forbidden();
  const { id } = await params;
  if (!isId(id)) notFound();
  const planYear = await planYearOf(id);
  if (planYear === null) notFound();
  const asked = Number(oneParam((await searchParams).year));
  const targetYear = Number.isInteger(asked) && isRolloverYear(planYear, asked) ? asked : planYear + 1;
  const preview = await rolloverPlan(actor, { planId: id, targetYear, dryRun: true });
  const t = await getTranslations("rollover");
  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="grid gap-1">
        <Link href={`/plans/${id}`} className="text-sm text-muted-foreground hover:underline">
          {t("backToPlan")}
        </Link>
        <h1 className="text-lg font-semibold">
          {t("title")}：{preview.source.title}
        </h1>
        <p className="text-sm text-muted-foreground">{t("intro", { year: targetYear })}</p>
      </div>
      <form className="flex flex-wrap items-center gap-2 text-sm" method="get">
        <label htmlFor="rollover-year">{t("targetYear")}</label>
        <select id="rollover-year" name="year" defaultValue={targetYear} className="h-9 rounded-md border border-border bg-background px-2">
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={planYear + n}>
              {t("yearOption", { year: planYear + n })}
            </option>
          ))}
        </select>
        <button type="submit" className={buttonVariants({ variant: "outline", size: "sm" })}>
          {t("changeYear")}
        </button>
      </form>
      <p className="text-sm" data-testid="rollover-target">
        {preview.target.exists ? t("targetExists", { title: preview.target.title }) : t("targetNew", { title: preview.target.title })}
      </p>
      {preview.carried.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <RolloverPreview
          planId={id}
          targetYear={targetYear}
          targetTitle={preview.target.title}
          items={preview.carried.map((c) => ({ id: c.id, title: c.title, status: c.status, version: c.version, leadDepartment: c.leadDepartment, dueDate: c.dueDate, progress: c.progress, newDueDate: c.newDueDate }))}
        />
      )}
    </div>
  );
}
