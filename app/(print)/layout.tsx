import type { ReactNode } from "react";
import { ClientMessages } from "@/i18n/client-messages";

// Print views stand alone: no navigation, no top bar, white A4 pages. Their print button speaks notices' words.
export default function PrintLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["notices"]}>
      <div className="min-h-dvh bg-white">{children}</div>
    </ClientMessages>
  );
}
