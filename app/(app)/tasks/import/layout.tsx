import type { ReactNode } from "react";
import { ClientMessages } from "@/i18n/client-messages";

// The import form's own words; the task list itself needs only the base namespaces (i18n/client-messages.tsx).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["taskImport"]}>{children}</ClientMessages>;
}
