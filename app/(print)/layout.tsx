import type { ReactNode } from "react";

// Print views stand alone: no navigation, no top bar, white A4 pages.
export default function PrintLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-dvh bg-white">{children}</div>;
}
