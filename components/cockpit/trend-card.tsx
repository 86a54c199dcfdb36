import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { TWeekPoint } from "@/db/queries/cockpit/weekly-trend";
import { formatDay } from "@/lib/format";
import { CHART_COLORS } from "./chart-colors";
import { EChart } from "./echart";

/** Tasks published and completed each week, and how many were overdue at the week's end. */
export async function TrendCard({ trend }: { trend: TWeekPoint[] }) {
  const [t, locale] = await Promise.all([getTranslations("cockpit"), getLocale()]);
  const last = trend[trend.length - 1];
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("trend")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4 max-sm:p-2">
        <EChart
          label={`${t("trendChart")}${last ? `：${formatDay(last.weekStart, locale)} ${t("published")} ${last.published}，${t("completed")} ${last.completed}，${t("overdueAtEnd")} ${last.overdueAtEnd}` : ""}`}
          option={{
            tooltip: { trigger: "axis" },
            legend: { bottom: 0 },
            grid: { left: 40, right: 10, top: 20, bottom: 50 },
            xAxis: { type: "category", data: trend.map((w) => w.weekStart.slice(5)) },
            yAxis: { type: "value" },
            series: [
              { name: t("published"), color: CHART_COLORS.blue, values: trend.map((w) => w.published) },
              { name: t("completed"), color: CHART_COLORS.green, values: trend.map((w) => w.completed) },
              { name: t("overdueAtEnd"), color: CHART_COLORS.red, values: trend.map((w) => w.overdueAtEnd) },
            ].map(({ name, color, values }) => ({ type: "line", name, itemStyle: { color }, data: values, endLabel: { show: true, formatter: "{c}" } })),
          }}
        />
        <DataTable
          rows={trend}
          rowKey={(w) => w.weekStart}
          caption={t("trend")}
          columns={[
            { key: "week", header: t("week"), card: "title", className: "whitespace-nowrap", cell: (w) => formatDay(w.weekStart, locale) },
            { key: "published", header: t("published"), numeric: true, cell: (w) => w.published },
            { key: "completed", header: t("completed"), numeric: true, cell: (w) => w.completed },
            { key: "overdue", header: t("overdueAtEnd"), numeric: true, cell: (w) => w.overdueAtEnd },
          ]}
        />
      </CardContent>
    </Card>
  );
}
