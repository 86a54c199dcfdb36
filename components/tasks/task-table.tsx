import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/shell/empty-state";
import { DataTable, type TColumn } from "@/components/ui/data-table";
import type { TTaskListItem } from "@/db/queries/tasks/list-tasks";
import { formatDay } from "@/lib/format";
import { OverdueBadge } from "./overdue-badge";
import { ProgressBar, StatusBadge, WarningBadge } from "./task-badges";

/** `today` is the list query's own (lib/warning-context.ts): one clock reading per page. */
export async function TaskTable({ items, emptyTitle, today }: { items: TTaskListItem[]; emptyTitle: string; today: string }) {
  const t = await getTranslations("tasks");
  const locale = await getLocale();
  if (items.length === 0) return <EmptyState title={emptyTitle} />;
  const columns: TColumn<TTaskListItem>[] = [
    {
      key: "title",
      header: t("task"),
      card: "title",
      className: "max-w-md",
      cell: (row) => (
        <Link href={`/tasks/${row.id}`} className="task-link">
          {row.title}
        </Link>
      ),
    },
    { key: "lead", header: t("leadDepartment"), hideBelow: "md", cell: (row) => row.leadDepartmentName ?? "—" },
    { key: "owner", header: t("owner"), hideBelow: "lg", cell: (row) => row.ownerName ?? "—" },
    {
      key: "due",
      header: t("dueDate"),
      className: "whitespace-nowrap",
      cell: (row) => (
        <span>
          {formatDay(row.dueDate, locale)}
          <OverdueBadge status={row.status} dueDate={row.dueDate} today={today} className="ml-1" />
          {row.originalDueDate && row.dueDate !== row.originalDueDate ? (
            <span className="block text-xs text-muted-foreground">{t("extendedFrom", { date: formatDay(row.originalDueDate, locale) })}</span>
          ) : null}
        </span>
      ),
    },
    { key: "status", header: t("status"), cell: (row) => <StatusBadge status={row.status} /> },
    { key: "warning", header: t("warning"), cell: (row) => <WarningBadge warning={row.warning} /> },
    { key: "progress", header: t("progress"), numeric: true, cell: (row) => <ProgressBar value={row.progress} /> },
  ];
  return <DataTable rows={items} columns={columns} rowKey={(row) => row.id} rowProps={(row) => ({ "data-task-id": row.id })} caption={t("task")} />;
}
