import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DepartmentFormDialog } from "@/components/admin/department-form-dialog";
import { DepartmentTable } from "@/components/admin/department-table";
import { listAllDepartments } from "@/db/queries/departments";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("departments") };
}

export default async function DepartmentsPage() {
  const actor = await requireActor();
  if (!can(actor, "department:manage")) forbidden();
  const departments = await listAllDepartments();
  return (
    <div className="grid gap-3">
      <div className="flex justify-end">
        <DepartmentFormDialog mode="create" />
      </div>
      <DepartmentTable departments={departments} />
    </div>
  );
}
