import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { TDepartmentRow } from "@/lib/domain/annual-report";

/** The year per lead department, beside the draft (the figures its sentences cite). */
export async function DepartmentTable({ rows }: { rows: readonly TDepartmentRow[] }) {
  const t = await getTranslations("report");
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t("department")}</Th>
          <Th className="text-right">{t("colTasks")}</Th>
          <Th className="text-right">{t("colCompleted")}</Th>
          <Th className="text-right">{t("colOnTime")}</Th>
          <Th className="text-right">{t("colOverdue")}</Th>
          <Th className="text-right">{t("colReturned")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <Td>{row.name}</Td>
            <Td className="num text-right">{row.tasks}</Td>
            <Td className="num text-right">{row.completed}</Td>
            <Td className="num text-right">{row.completedOnTime}</Td>
            <Td className="num text-right">{row.overdue}</Td>
            <Td className="num text-right">{row.returned}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
