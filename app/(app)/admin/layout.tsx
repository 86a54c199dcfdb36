import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { ClientMessages } from "@/i18n/client-messages";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  if (!can(actor, "department:manage") && !can(actor, "user:manage")) forbidden();
  const t = await getTranslations("admin");
  // The tabs and the admin forms: field errors are keys of any namespace (i18n/client-messages.tsx).
  return (
    <ClientMessages namespaces="all">
      <div className="grid gap-4">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <AdminTabs />
        {children}
      </div>
    </ClientMessages>
  );
}
