import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { getDepartmentName } from "@/db/queries/departments";
import { countUnread } from "@/db/queries/notifications";
import { requireActor } from "@/lib/auth/current-actor";
import { getEnv } from "@/lib/env";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const [departmentName, unread] = await Promise.all([getDepartmentName(actor.departmentId), countUnread(actor.id)]);
  return (
    <AppShell actor={actor} departmentName={departmentName} unread={unread} orgName={getEnv().ORG_NAME}>
      {children}
    </AppShell>
  );
}
