import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { TCockpitOverview } from "@/db/queries/cockpit/overview";
import { CHART_COLORS } from "./chart-colors";
import { EChart } from "./echart";

/** The donut of open tasks by warning, each slice labelled with its count. */
export async function WarningsCard({ overview }: { overview: TCockpitOverview }) {
  const [t, tw] = await Promise.all([getTranslations("cockpit"), getTranslations("warnings")]);
  const done = overview.completed + overview.cancelled;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("warnings")}</CardTitle>
      </CardHeader>
      <CardContent>
        <EChart
          label={t("warningsChart", { red: overview.red, yellow: overview.yellow, green: overview.green, done })}
          height={240}
          option={{
            tooltip: { trigger: "item" },
            legend: { bottom: 0 },
            series: [
              {
                type: "pie",
                radius: ["40%", "62%"],
                label: { formatter: "{b} {c}" },
                data: [
                  { name: tw("red"), value: overview.red, itemStyle: { color: CHART_COLORS.red } },
                  { name: tw("yellow"), value: overview.yellow, itemStyle: { color: CHART_COLORS.yellow } },
                  { name: tw("green"), value: overview.green, itemStyle: { color: CHART_COLORS.green } },
                  { name: tw("done"), value: done, itemStyle: { color: CHART_COLORS.grey } },
                ],
              },
            ],
          }}
        />
      </CardContent>
    </Card>
  );
}
