import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/shell/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { TTaskListItem } from "@/db/queries/tasks/list-tasks";
import { formatDay } from "@/lib/format";
import { ProgressBar, StatusBadge, WarningBadge } from "./task-badges";

export async function TaskTable({ items, emptyTitle }: { items: TTaskListItem[]; emptyTitle: string }) {
  const t = await getTranslations("tasks");
  const locale = await getLocale();
  if (items.length === 0) return <EmptyState title={emptyTitle} />;
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t("task")}</Th>
          <Th className="hidden md:table-cell">{t("leadDepartment")}</Th>
          <Th className="hidden lg:table-cell">{t("owner")}</Th>
          <Th>{t("dueDate")}</Th>
          <Th>{t("status")}</Th>
          <Th>{t("warning")}</Th>
          <Th className="hidden sm:table-cell num">{t("progress")}</Th>
        </tr>
      </thead>
      <tbody className="bg-background">
        {items.map((row) => (
          <tr key={row.id} data-task-id={row.id}>
            <Td className="max-w-md">
              <Link href={`/tasks/${row.id}`} className="font-medium text-foreground hover:text-primary hover:underline">
                {row.title}
              </Link>
              <p className="text-xs text-muted-foreground md:hidden">{row.leadDepartmentName ?? "—"}</p>
            </Td>
            <Td className="hidden md:table-cell">{row.leadDepartmentName ?? "—"}</Td>
            <Td className="hidden lg:table-cell">{row.ownerName ?? "—"}</Td>
            <Td className="whitespace-nowrap">
              {formatDay(row.dueDate, locale)}
              {row.originalDueDate && row.dueDate !== row.originalDueDate ? (
                <span className="block text-xs text-muted-foreground">{t("extendedFrom", { date: formatDay(row.originalDueDate, locale) })}</span>
              ) : null}
            </Td>
            <Td>
              <StatusBadge status={row.status} />
            </Td>
            <Td>
              <WarningBadge warning={row.warning} />
            </Td>
            <Td className="hidden sm:table-cell num">
              <ProgressBar value={row.progress} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
