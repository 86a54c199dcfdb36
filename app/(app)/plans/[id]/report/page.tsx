import type { Metadata } from "next";
import { DownloadButton } from "@/components/shell/download-button";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EditableParagraph } from "@/components/annual-report/editable-paragraph";
import { DepartmentTable } from "@/components/annual-report/department-table";
import { ReportDocument } from "@/components/annual-report/report-document";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { loadReportView } from "@/app/(app)/plans/[id]/report/load-report-view";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report"))("title") };
}

/** 生成年度报告: the draft of the plan year's report, generated on every visit from the records. */
export default async function AnnualReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, view, id } = await loadReportView(params);
  const t = await getTranslations("report");
  const canEdit = can(actor, "report:edit");
  const { figures } = view.report;
  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="grid gap-1">
        <Link href={`/plans/${id}`} className="text-sm text-muted-foreground hover:underline">
          {t("backToPlan")}
        </Link>
        <h1 className="text-lg font-semibold">{t("heading", { year: view.report.year })}</h1>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <DownloadButton variant="default" href={`/api/v1/plans/${id}/annual-report?format=docx`}>
          {t("exportDocx")}
        </DownloadButton>
        <Link className={buttonVariants({ variant: "outline" })} href={`/plans/${id}/report/print`}>
          {t("printView")}
        </Link>
      </div>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {(
          [
            ["figTasks", figures.tasks],
            ["figCompleted", figures.completed],
            ["figOnTime", figures.completedOnTime],
            ["figRate", `${figures.completionRate}%`],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="rounded-lg border border-border bg-background p-3">
            <dt className="text-xs text-muted-foreground">{t(key)}</dt>
            <dd className="num text-left text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <Card>
        <CardContent className="overflow-x-auto bg-white px-3 py-6 sm:px-8">
          <ReportDocument
            view={view}
            withTraces
            renderText={
              canEdit
                ? (p) => (
                    <EditableParagraph planId={id} paragraphId={p.id} text={p.text} generated={view.generated[p.id] ?? null} version={view.draftVersion} />
                  )
                : undefined
            }
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("departments")}</CardTitle>
        </CardHeader>
        <CardContent>
          <DepartmentTable rows={view.report.departments} />
        </CardContent>
      </Card>
    </div>
  );
}
