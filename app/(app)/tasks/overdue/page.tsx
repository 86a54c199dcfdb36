import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/shell/empty-state";
import { StatusBadge } from "@/components/tasks/task-badges";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { listOverdueTasks, OVERDUE_SORTS, type TOverdueSort } from "@/db/queries/tasks/overdue";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDay, formatMoment } from "@/lib/format";
import { cn } from "@/lib/utils";
import { warningContext } from "@/lib/warning-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overdue"))("title") };
}

export default async function OverduePage({ searchParams }: { searchParams: Promise<{ sort?: string }> }) {
  const actor = await requireActor();
  const { sort: rawSort } = await searchParams;
  const sort: TOverdueSort = (OVERDUE_SORTS as readonly string[]).includes(rawSort ?? "") ? (rawSort as TOverdueSort) : "days";
  const context = warningContext();
  const [t, locale, result] = await Promise.all([getTranslations("overdue"), getLocale(), listOverdueTasks(actor, context, sort)]);
  const sortLink = (value: TOverdueSort, label: string) => (
    <Link
      href={`/tasks/overdue?sort=${value}`}
      aria-current={sort === value ? "true" : undefined}
      className={cn("underline-offset-4 hover:underline", sort === value && "font-semibold text-foreground")}
    >
      {label}
      {sort === value ? " ↓" : ""}
    </Link>
  );
  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("subtitle", { n: result.total, today: formatDay(context.today, locale) })}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        {result.items.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t("task")}</Th>
                <Th className="num">{sortLink("days", t("daysOverdue"))}</Th>
                <Th>{sortLink("department", t("leadDepartment"))}</Th>
                <Th className="hidden sm:table-cell">{t("dueDate")}</Th>
                <Th className="hidden md:table-cell">{sortLink("lastProgress", t("lastProgress"))}</Th>
                <Th className="hidden md:table-cell">{t("status")}</Th>
              </tr>
            </thead>
            <tbody className="bg-background">
              {result.items.map((row) => (
                <tr key={row.id} data-task-id={row.id}>
                  <Td>
                    <Link href={`/tasks/${row.id}`} className="font-medium hover:text-primary hover:underline">
                      {row.title}
                    </Link>
                  </Td>
                  <Td className="num font-semibold text-red-700">{t("days", { n: row.daysOverdue })}</Td>
                  <Td>{row.leadDepartmentName ?? "—"}</Td>
                  <Td className="hidden whitespace-nowrap sm:table-cell">{formatDay(row.dueDate, locale)}</Td>
                  <Td className="hidden whitespace-nowrap md:table-cell">
                    {row.lastProgressAt ? formatMoment(row.lastProgressAt, locale, context.timeZone) : t("noProgress")}
                  </Td>
                  <Td className="hidden md:table-cell">
                    <StatusBadge status={row.status} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Card className="self-start">
          <CardHeader>
            <CardTitle>{t("byDepartment")}</CardTitle>
          </CardHeader>
          <CardContent className="p-0">
            <Table>
              <tbody>
                {result.byDepartment.map((d) => (
                  <tr key={d.departmentId ?? "none"}>
                    <Td>
                      {d.departmentId ? (
                        <Link className="hover:underline" href={`/tasks?department=${d.departmentId}&overdue=true`}>
                          {d.departmentName}
                        </Link>
                      ) : (
                        t("noDepartment")
                      )}
                    </Td>
                    <Td className="num">{d.n}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
