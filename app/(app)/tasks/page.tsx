import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/shell/empty-state";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { listVisibleTasks } from "@/db/queries/task-list";
import { requireActor } from "@/lib/auth/current-actor";
import { TASK_STATUSES, type TTaskStatus } from "@/lib/domain/codes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("tasks") };
}

export default async function TasksPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const actor = await requireActor();
  const { status: rawStatus } = await searchParams;
  const status = (TASK_STATUSES as readonly string[]).includes(rawStatus ?? "") ? (rawStatus as TTaskStatus) : undefined;
  const t = await getTranslations("tasks");
  const ts = await getTranslations("taskStatuses");
  const rows = await listVisibleTasks(actor, { status });
  return (
    <div className="grid gap-4">
      <h1 className="text-lg font-semibold">
        {t("title")}
        {status ? <span className="ml-2 text-sm font-normal text-muted-foreground">{ts(status)}</span> : null}
      </h1>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t("task")}</Th>
              <Th>{t("leadDepartment")}</Th>
              <Th>{t("dueDate")}</Th>
              <Th>{t("status")}</Th>
              <Th className="num">{t("progress")}</Th>
            </tr>
          </thead>
          <tbody className="bg-background">
            {rows.map((row) => (
              <tr key={row.id}>
                <Td>{row.title}</Td>
                <Td>{row.leadDepartment ?? "—"}</Td>
                <Td className="whitespace-nowrap">{row.dueDate ?? "—"}</Td>
                <Td>
                  <Badge>{ts(row.status)}</Badge>
                </Td>
                <Td className="num">{row.progress}%</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
