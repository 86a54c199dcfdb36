import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  if (!can(actor, "department:manage") && !can(actor, "user:manage")) forbidden();
  const t = await getTranslations("admin");
  return (
    <div className="grid gap-4">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <AdminTabs />
      {children}
    </div>
  );
}
