import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { TSectionCompletion } from "@/db/queries/cockpit/section-completion";
import { CHART_COLORS } from "./chart-colors";
import { EChart } from "./echart";

/** Completed, overdue and other tasks under each top-level section of the plans. */
export async function SectionsCard({ sections }: { sections: TSectionCompletion[] }) {
  const t = await getTranslations("cockpit");
  const rate = (s: TSectionCompletion) => (s.total ? `${Math.round((s.completed / s.total) * 100)}%` : "—");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("sections")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4 max-sm:p-2">
        <EChart
          label={`${t("sectionsChart")}：${sections.map((s) => `${s.code}${s.title} ${s.completed}/${s.total}`).join("，")}`}
          option={{
            tooltip: { trigger: "axis" },
            legend: { bottom: 0 },
            grid: { left: 40, right: 10, top: 20, bottom: 50 },
            xAxis: { type: "category", data: sections.map((s) => s.code.replace(/[、.．]$/, "")) },
            yAxis: { type: "value" },
            // Each segment carries its count (empty segments carry none: a "0" would sit on the axis).
            series: [
              { name: t("completed"), color: CHART_COLORS.green, values: sections.map((s) => s.completed) },
              { name: t("overdue"), color: CHART_COLORS.red, values: sections.map((s) => s.overdue) },
              { name: t("other"), color: CHART_COLORS.grey, values: sections.map((s) => s.total - s.completed - s.overdue) },
            ].map(({ name, color, values }) => ({
              type: "bar",
              stack: "s",
              name,
              itemStyle: { color },
              data: values.map((value) => ({ value, label: { show: value > 0, position: "inside" } })),
            })),
          }}
        />
        <DataTable
          rows={sections}
          rowKey={(s) => s.sectionId}
          caption={t("sections")}
          columns={[
            {
              key: "section",
              header: t("section"),
              card: "title",
              cell: (s) => (
                <Link className="underline-offset-2 hover:underline" href={`/tasks?section=${s.sectionId}`}>
                  {s.code}
                  {s.title}
                </Link>
              ),
            },
            { key: "total", header: t("tasks"), numeric: true, cell: (s) => s.total },
            { key: "completed", header: t("completed"), numeric: true, cell: (s) => s.completed },
            { key: "overdue", header: t("overdue"), numeric: true, cell: (s) => s.overdue },
            { key: "rate", header: t("completionRate"), numeric: true, cell: rate },
          ]}
        />
      </CardContent>
    </Card>
  );
}
