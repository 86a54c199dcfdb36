import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { TDepartmentRank } from "@/db/queries/cockpit/department-ranking";
import { CHART_COLORS } from "./chart-colors";
import { EChart } from "./echart";

/** Departments by on-time rate: the chart shows the first fifteen, the table all of them. */
export async function RankingCard({ ranking }: { ranking: TDepartmentRank[] }) {
  const t = await getTranslations("cockpit");
  const top = ranking.slice(0, 15);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("ranking")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4 max-sm:p-2">
        <EChart
          label={`${t("rankingChart")}：${top.map((r) => `${r.departmentName} ${r.onTimeRate ?? "—"}%`).join("，")}`}
          height={Math.max(200, top.length * 24)}
          option={{
            tooltip: { trigger: "axis" },
            grid: { left: 8, right: 44, top: 10, bottom: 20, containLabel: true },
            xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
            yAxis: { type: "category", inverse: true, data: top.map((r) => r.departmentName), axisLabel: { width: 110, overflow: "truncate" } },
            series: [
              {
                type: "bar",
                data: top.map((r) => r.onTimeRate ?? 0),
                itemStyle: { color: CHART_COLORS.blue },
                name: t("onTimeRate"),
                label: { show: true, position: "right", formatter: "{c}%" },
              },
            ],
          }}
        />
        <DataTable
          rows={ranking.map((r, i) => ({ ...r, rank: i + 1 }))}
          rowKey={(r) => r.departmentId}
          rowProps={(r) => ({ "data-department": r.departmentName })}
          caption={t("ranking")}
          columns={[
            { key: "rank", header: "#", numeric: true, className: "w-10", card: "hidden", cell: (r) => r.rank },
            {
              key: "department",
              header: t("department"),
              card: "title",
              cell: (r) => (
                <Link className="underline-offset-2 hover:underline" href={`/tasks?department=${r.departmentId}&role=lead`}>
                  <span className="sm:hidden">{r.rank}. </span>
                  {r.departmentName}
                </Link>
              ),
            },
            { key: "rate", header: t("onTimeRate"), numeric: true, cell: (r) => (r.onTimeRate === null ? "—" : `${r.onTimeRate}%`) },
            { key: "total", header: t("leadTasks"), numeric: true, cell: (r) => r.total },
            {
              key: "overdue",
              header: t("overdue"),
              numeric: true,
              cell: (r) =>
                r.overdue > 0 ? (
                  <Link className="text-red-700 underline underline-offset-2" href={`/tasks?department=${r.departmentId}&role=lead&overdue=true`} data-testid="rank-overdue">
                    {r.overdue}
                  </Link>
                ) : (
                  0
                ),
            },
            { key: "notices", header: t("noticesReceived"), numeric: true, hideBelow: "md", cell: (r) => r.noticesReceived },
            { key: "avg", header: t("averageDaysOverdue"), numeric: true, hideBelow: "md", cell: (r) => r.averageDaysOverdue ?? "—" },
          ]}
        />
      </CardContent>
    </Card>
  );
}
