import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/shell/empty-state";
import { Pager } from "@/components/shell/pager";
import { StatusBadge } from "@/components/tasks/task-badges";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { listOverdueTasks, OVERDUE_SORTS, type TOverdueSort } from "@/db/queries/tasks/overdue";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDay, formatMoment } from "@/lib/format";
import { offsetOf, offsetPagingLinks, pageSizeParam, parseOffsetPaging } from "@/lib/pagination";
import { cn } from "@/lib/utils";
import { warningContext } from "@/lib/warning-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overdue"))("title") };
}

export default async function OverduePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const rawSort = [params.sort].flat()[0] ?? "";
  const sort: TOverdueSort = (OVERDUE_SORTS as readonly string[]).includes(rawSort) ? (rawSort as TOverdueSort) : "days";
  const paging = parseOffsetPaging(params);
  const context = warningContext();
  const [t, locale, result] = await Promise.all([
    getTranslations("overdue"),
    getLocale(),
    listOverdueTasks(actor, context, sort, { limit: paging.size, offset: offsetOf(paging) }),
  ]);
  const sortParams = new URLSearchParams(sort === "days" ? {} : { sort });
  const links = offsetPagingLinks("/tasks/overdue", sortParams, paging, result.hasNext);
  // A new order starts again from the first page, at the chosen page size.
  const sortLink = (value: TOverdueSort, label: string) => (
    <Link
      href={`/tasks/overdue?${new URLSearchParams({ sort: value, ...pageSizeParam(paging.size) })}`}
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
        {result.items.length === 0 && result.total > 0 ? (
          <EmptyState title={t("pastEnd")}>
            <Link className="text-primary hover:underline" href={links.first ?? "/tasks/overdue"}>
              {t("backToFirst")}
            </Link>
          </EmptyState>
        ) : result.items.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <div className="grid content-start gap-3">
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
            {links.previous || links.next ? <Pager links={links} /> : null}
          </div>
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
