import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EChart } from "@/components/cockpit/echart";
import { StatTile } from "@/components/cockpit/stat-tile";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
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

const COLORS = { red: "#dc2626", yellow: "#f59e0b", green: "#16a34a", grey: "#9ca3af", blue: "#2563eb" };

/** 领导驾驶舱: every figure is computed in SQL and links to the list it counts. */
export default async function CockpitPage() {
  const actor = await requireActor();
  if (!can(actor, "data:read_all")) forbidden();
  const context = warningContext();
  const [t, tw, tk, locale, overview, ranking, sections, trend, notices, overdue] = await Promise.all([
    getTranslations("cockpit"),
    getTranslations("warnings"),
    getTranslations("noticeKinds"),
    getLocale(),
    cockpitOverview(actor, context),
    departmentRanking(actor, context),
    sectionCompletion(actor, context),
    weeklyTrend(actor, context),
    noticeSummary(actor, context),
    listOverdueTasks(actor, context, "days", 10),
  ]);
  const done = overview.completed + overview.cancelled;
  const topRanking = ranking.slice(0, 15);
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground">{t("asOf", { today: formatDay(context.today, locale) })}</p>
        </div>
        <Link href="/assessment" className="text-sm text-primary hover:underline">
          {t("assessment")}
        </Link>
      </div>

      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        <StatTile testId="tile-total" label={t("total")} value={overview.total} href="/tasks?status=assigned,in_progress,submitted,completed,cancelled" />
        <StatTile testId="tile-completed" label={t("completed")} value={overview.completed} href="/tasks?status=completed" />
        <StatTile testId="tile-red" tone="red" label={tw("red")} value={overview.red} href="/tasks?warning=red" />
        <StatTile testId="tile-yellow" tone="yellow" label={tw("yellow")} value={overview.yellow} href="/tasks?warning=yellow" />
        <StatTile testId="tile-green" tone="green" label={tw("green")} value={overview.green} href="/tasks?warning=green&status=assigned,in_progress,submitted" />
        <StatTile testId="tile-submitted" label={t("submitted")} value={overview.submitted} href="/tasks?status=submitted" />
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("warnings")}</CardTitle>
          </CardHeader>
          <CardContent>
            <EChart
              label={t("warningsChart", { red: overview.red, yellow: overview.yellow, green: overview.green, done })}
              height={220}
              option={{
                tooltip: { trigger: "item" },
                legend: { bottom: 0 },
                series: [
                  {
                    type: "pie",
                    radius: ["45%", "70%"],
                    data: [
                      { name: tw("red"), value: overview.red, itemStyle: { color: COLORS.red } },
                      { name: tw("yellow"), value: overview.yellow, itemStyle: { color: COLORS.yellow } },
                      { name: tw("green"), value: overview.green, itemStyle: { color: COLORS.green } },
                      { name: tw("done"), value: done, itemStyle: { color: COLORS.grey } },
                    ],
                  },
                ],
              }}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("overdueTop")}</CardTitle>
            <Link href="/tasks/overdue" className="text-xs text-primary hover:underline">
              {t("overdueAll", { n: overdue.total })}
            </Link>
          </CardHeader>
          <CardContent className="p-0">
            <Table>
              <tbody>
                {overdue.items.map((row) => (
                  <tr key={row.id}>
                    <Td>
                      <Link className="hover:underline" href={`/tasks/${row.id}`}>
                        {row.title}
                      </Link>
                    </Td>
                    <Td className="whitespace-nowrap text-muted-foreground">{row.leadDepartmentName}</Td>
                    <Td className="num font-semibold text-red-700">{t("days", { n: row.daysOverdue })}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>{t("ranking")}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <EChart
            label={t("rankingChart")}
            height={Math.max(200, topRanking.length * 22)}
            option={{
              tooltip: { trigger: "axis" },
              grid: { left: 150, right: 30, top: 10, bottom: 20 },
              xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
              yAxis: { type: "category", inverse: true, data: topRanking.map((r) => r.departmentName) },
              series: [{ type: "bar", data: topRanking.map((r) => r.onTimeRate ?? 0), itemStyle: { color: COLORS.blue }, name: t("onTimeRate") }],
            }}
          />
          <Table>
            <thead>
              <tr>
                <Th className="num w-10">#</Th>
                <Th>{t("department")}</Th>
                <Th className="num">{t("onTimeRate")}</Th>
                <Th className="num">{t("leadTasks")}</Th>
                <Th className="num">{t("overdue")}</Th>
                <Th className="num hidden sm:table-cell">{t("noticesReceived")}</Th>
                <Th className="num hidden sm:table-cell">{t("averageDaysOverdue")}</Th>
              </tr>
            </thead>
            <tbody>
              {ranking.map((r, i) => (
                <tr key={r.departmentId} data-department={r.departmentName}>
                  <Td className="num">{i + 1}</Td>
                  <Td>
                    <Link className="hover:underline" href={`/tasks?department=${r.departmentId}&role=lead`}>
                      {r.departmentName}
                    </Link>
                  </Td>
                  <Td className="num">{r.onTimeRate === null ? "—" : `${r.onTimeRate}%`}</Td>
                  <Td className="num">{r.total}</Td>
                  <Td className="num">
                    {r.overdue > 0 ? (
                      <Link className="text-red-700 hover:underline" href={`/tasks?department=${r.departmentId}&role=lead&overdue=true`} data-testid="rank-overdue">
                        {r.overdue}
                      </Link>
                    ) : (
                      0
                    )}
                  </Td>
                  <Td className="num hidden sm:table-cell">{r.noticesReceived}</Td>
                  <Td className="num hidden sm:table-cell">{r.averageDaysOverdue ?? "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </CardContent>
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("sections")}</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4">
            <EChart
              label={t("sectionsChart")}
              option={{
                tooltip: { trigger: "axis" },
                legend: { bottom: 0 },
                grid: { left: 40, right: 10, top: 10, bottom: 50 },
                xAxis: { type: "category", data: sections.map((s) => s.code.replace(/[、.．]$/, "")) },
                yAxis: { type: "value" },
                series: [
                  { type: "bar", stack: "s", name: t("completed"), data: sections.map((s) => s.completed), itemStyle: { color: COLORS.green } },
                  { type: "bar", stack: "s", name: t("overdue"), data: sections.map((s) => s.overdue), itemStyle: { color: COLORS.red } },
                  { type: "bar", stack: "s", name: t("other"), data: sections.map((s) => s.total - s.completed - s.overdue), itemStyle: { color: COLORS.grey } },
                ],
              }}
            />
            <Table>
              <thead>
                <tr>
                  <Th>{t("section")}</Th>
                  <Th className="num">{t("tasks")}</Th>
                  <Th className="num">{t("completed")}</Th>
                  <Th className="num">{t("overdue")}</Th>
                  <Th className="num">{t("completionRate")}</Th>
                </tr>
              </thead>
              <tbody>
                {sections.map((s) => (
                  <tr key={s.sectionId}>
                    <Td>
                      <Link className="hover:underline" href={`/tasks?section=${s.sectionId}`}>
                        {s.code}
                        {s.title}
                      </Link>
                    </Td>
                    <Td className="num">{s.total}</Td>
                    <Td className="num">{s.completed}</Td>
                    <Td className="num">{s.overdue}</Td>
                    <Td className="num">{s.total ? `${Math.round((s.completed / s.total) * 100)}%` : "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("trend")}</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4">
            <EChart
              label={t("trendChart")}
              option={{
                tooltip: { trigger: "axis" },
                legend: { bottom: 0 },
                grid: { left: 40, right: 10, top: 10, bottom: 50 },
                xAxis: { type: "category", data: trend.map((w) => w.weekStart.slice(5)) },
                yAxis: { type: "value" },
                series: [
                  { type: "line", name: t("published"), data: trend.map((w) => w.published), itemStyle: { color: COLORS.blue } },
                  { type: "line", name: t("completed"), data: trend.map((w) => w.completed), itemStyle: { color: COLORS.green } },
                  { type: "line", name: t("overdueAtEnd"), data: trend.map((w) => w.overdueAtEnd), itemStyle: { color: COLORS.red } },
                ],
              }}
            />
            <Table>
              <thead>
                <tr>
                  <Th>{t("week")}</Th>
                  <Th className="num">{t("published")}</Th>
                  <Th className="num">{t("completed")}</Th>
                  <Th className="num">{t("overdueAtEnd")}</Th>
                </tr>
              </thead>
              <tbody>
                {trend.map((w) => (
                  <tr key={w.weekStart}>
                    <Td className="whitespace-nowrap">{formatDay(w.weekStart, locale)}</Td>
                    <Td className="num">{w.published}</Td>
                    <Td className="num">{w.completed}</Td>
                    <Td className="num">{w.overdueAtEnd}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>{t("notices")}</CardTitle>
          <Link href="/notices" className="text-xs text-primary hover:underline">
            {t("allNotices")}
          </Link>
        </CardHeader>
        <CardContent className="p-0">
          <Table>
            <thead>
              <tr>
                <Th>{t("noticeKind")}</Th>
                <Th className="num">{t("issued")}</Th>
                <Th className="num">{t("signed")}</Th>
                <Th className="num">{t("responded")}</Th>
                <Th className="num">{t("closed")}</Th>
                <Th className="num">{t("late")}</Th>
              </tr>
            </thead>
            <tbody>
              {notices.map((n) => (
                <tr key={n.kind}>
                  <Td>
                    <Link className="hover:underline" href={`/notices?kind=${n.kind}`}>
                      {tk(n.kind)}
                    </Link>
                  </Td>
                  <Td className="num">{n.issued}</Td>
                  <Td className="num">{n.signed}</Td>
                  <Td className="num">{n.responded}</Td>
                  <Td className="num">{n.closed}</Td>
                  <Td className="num text-red-700">{n.late}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </CardContent>
      </Card>
    </div>
  );
}
