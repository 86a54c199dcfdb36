import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { getDepartmentName } from "@/db/queries/departments";
import { requireActor } from "@/lib/auth/current-actor";
import { getEnv } from "@/lib/env";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const departmentName = await getDepartmentName(actor.departmentId);
  return (
    <AppShell actor={actor} departmentName={departmentName} orgName={getEnv().ORG_NAME}>
      {children}
    </AppShell>
  );
}
