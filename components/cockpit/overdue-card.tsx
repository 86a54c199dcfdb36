import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { listOverdueTasks } from "@/db/queries/tasks/overdue";

type TOverdue = Awaited<ReturnType<typeof listOverdueTasks>>;

/** The ten tasks longest overdue, linking to the full 逾期清单. */
export async function OverdueCard({ overdue }: { overdue: TOverdue }) {
  const [t, tt] = await Promise.all([getTranslations("cockpit"), getTranslations("tasks")]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("overdueTop")}</CardTitle>
        <Link href="/tasks/overdue" className="text-xs text-primary underline underline-offset-2">
          {t("overdueAll", { n: overdue.total })}
        </Link>
      </CardHeader>
      <CardContent className="p-0 max-sm:p-2">
        <DataTable
          rows={overdue.items}
          rowKey={(row) => row.id}
          caption={t("overdueTop")}
          columns={[
            {
              key: "title",
              header: tt("task"),
              card: "title",
              cell: (row) => (
                <Link className="underline-offset-2 hover:underline" href={`/tasks/${row.id}`}>
                  {row.title}
                </Link>
              ),
            },
            { key: "lead", header: tt("leadDepartment"), className: "text-muted-foreground", cell: (row) => row.leadDepartmentName },
            { key: "days", header: t("overdue"), numeric: true, className: "whitespace-nowrap font-semibold text-red-700", cell: (row) => t("days", { n: row.daysOverdue }) },
          ]}
        />
      </CardContent>
    </Card>
  );
}
