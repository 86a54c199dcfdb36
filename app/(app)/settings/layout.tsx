import type { ReactNode } from "react";
import { ClientMessages } from "@/i18n/client-messages";

// The settings' forms: their field errors are keys of any namespace (i18n/client-messages.tsx).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces="all">{children}</ClientMessages>;
}
