import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/shell/empty-state";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { listVisibleNotices } from "@/db/queries/notice-list";
import { requireActor } from "@/lib/auth/current-actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("notices") };
}

export default async function NoticesPage() {
  const actor = await requireActor();
  const t = await getTranslations("notices");
  const tk = await getTranslations("noticeKinds");
  const ts = await getTranslations("noticeStatuses");
  const rows = await listVisibleNotices(actor);
  return (
    <div className="grid gap-4">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t("number")}</Th>
              <Th>{t("kind")}</Th>
              <Th>{t("recipient")}</Th>
              <Th>{t("responseDue")}</Th>
              <Th>{t("status")}</Th>
            </tr>
          </thead>
          <tbody className="bg-background">
            {rows.map((row) => (
              <tr key={row.id}>
                <Td className="whitespace-nowrap">{row.number ?? "—"}</Td>
                <Td>{tk(row.kind)}</Td>
                <Td>{row.department ?? t("allDepartments")}</Td>
                <Td className="whitespace-nowrap">{row.responseDueDate ?? "—"}</Td>
                <Td>
                  <Badge>{ts(row.status)}</Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
