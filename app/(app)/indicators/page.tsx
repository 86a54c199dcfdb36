import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CoverageTree } from "@/components/indicators/coverage-tree";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { frameworkCoverage } from "@/db/queries/indicators/coverage";
import { listIndicatorFrameworks } from "@/db/queries/indicators/frameworks";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";
import { cn } from "@/lib/utils";
import { warningContext } from "@/lib/warning-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicators"))("coverageTitle") };
}

/** 覆盖与达成: per framework, the tasks (that the actor may see) serving each indicator, and the gaps. */
export default async function CoveragePage({ searchParams }: { searchParams: Promise<{ framework?: string }> }) {
  const actor = await requireActor();
  const [t, frameworks, { framework: requested }] = await Promise.all([getTranslations("indicators"), listIndicatorFrameworks(), searchParams]);
  const framework = frameworks.find((f) => f.id === requested) ?? frameworks[0];
  const coverage = framework ? await frameworkCoverage(actor, framework.id, warningContext()) : null;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
      <PageHeader
        title={t("coverageTitle")}
        description={t("coverageIntro")}
        actions={can(actor, "indicator:manage") ? <Link className="text-sm underline underline-offset-2" href="/admin/indicators">{t("title")}</Link> : null}
      />
      {frameworks.length > 1 ? (
        <nav className="flex flex-wrap gap-1" aria-label={t("framework")}>
          {frameworks.map((f) => (
            <Link
              key={f.id}
              href={`/indicators?framework=${f.id}`}
              aria-current={f.id === framework?.id ? "page" : undefined}
              className={cn("rounded-md border px-2.5 py-1 text-sm", f.id === framework?.id ? "border-primary bg-primary/5 font-medium" : "border-border bg-background hover:bg-muted")}
            >
              {f.name}
            </Link>
          ))}
        </nav>
      ) : null}
      {!framework || !coverage ? (
        <EmptyState title={t("noFrameworks")} />
      ) : coverage.total === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <section className="grid gap-2" aria-labelledby="coverage-summary">
          <p id="coverage-summary" className="text-sm" data-testid="gaps-summary">
            {coverage.gaps ? t("gapsSummary", { gaps: coverage.gaps, total: coverage.total }) : t("noGaps")}
          </p>
          <CoverageTree nodes={coverage.tree} />
        </section>
      )}
    </div>
  );
}
