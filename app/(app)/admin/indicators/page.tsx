import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CreateFrameworkDialog } from "@/components/indicators/create-framework-dialog";
import { EmptyState } from "@/components/shell/empty-state";
import { listIndicatorFrameworks } from "@/db/queries/indicators/frameworks";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicators"))("title") };
}

/** 指标体系: every framework, with the way to its tree and its coverage. */
export default async function IndicatorFrameworksPage() {
  const actor = await requireActor();
  if (!can(actor, "indicator:manage")) forbidden();
  const [t, frameworks] = await Promise.all([getTranslations("indicators"), listIndicatorFrameworks()]);
  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground">{t("intro")}</p>
      <CreateFrameworkDialog />
      {frameworks.length === 0 ? <EmptyState title={t("noFrameworks")} /> : null}
      <ul className="grid gap-2 sm:grid-cols-2">
        {frameworks.map((f) => (
          <li key={f.id} className="grid gap-1 rounded-md border border-border bg-background p-3" data-framework={f.code}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-medium">{f.name}</span>
              <span className="text-xs text-muted-foreground">
                {t(`kinds.${f.kind}`)} · {t("indicatorCount", { n: f.indicatorCount })}
                {f.shipped ? ` · ${t("shipped")}` : ""}
                {f.useInAssessment ? ` · ${t("useInAssessment")}` : ""}
              </span>
            </div>
            <p className="text-xs text-muted-foreground">{f.description}</p>
            <div className="flex gap-3 text-sm">
              <Link className="underline underline-offset-2" href={`/admin/indicators/${f.id}`}>
                {t("view")}
              </Link>
              <Link className="underline underline-offset-2" href={`/indicators?framework=${f.id}`}>
                {t("coverage")}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
