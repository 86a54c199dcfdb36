import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { EmptyState } from "@/components/shell/empty-state";
import type { TDepartment } from "@/db/schema";
import { DepartmentActiveButton } from "./department-active-button";
import { DepartmentFormDialog } from "./department-form-dialog";

export async function DepartmentTable({ departments }: { departments: TDepartment[] }) {
  const t = await getTranslations("admin");
  const tk = await getTranslations("departmentKinds");
  if (departments.length === 0) return <EmptyState title={t("noDepartments")} />;
  return (
    <Table>
      <thead>
        <tr>
          <Th className="num w-16">{t("sortOrder")}</Th>
          <Th>{t("departmentName")}</Th>
          <Th>{t("kind")}</Th>
          <Th>{t("status")}</Th>
          <Th className="text-right">{t("actions")}</Th>
        </tr>
      </thead>
      <tbody className="bg-background">
        {departments.map((d) => (
          <tr key={d.id} className={d.isActive ? undefined : "text-muted-foreground"}>
            <Td className="num">{d.sortOrder}</Td>
            <Td>{d.name}</Td>
            <Td>{tk(d.kind)}</Td>
            <Td>
              <Badge tone={d.isActive ? "green" : "grey"}>{d.isActive ? t("active") : t("inactive")}</Badge>
            </Td>
            <Td>
              <div className="flex justify-end gap-1">
                <DepartmentFormDialog
                  mode="edit"
                  department={{ id: d.id, version: d.version, name: d.name, kind: d.kind, sortOrder: d.sortOrder }}
                />
                <DepartmentActiveButton department={{ id: d.id, version: d.version, name: d.name, isActive: d.isActive }} />
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
