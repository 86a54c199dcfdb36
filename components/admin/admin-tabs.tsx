"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";

// Labels are message keys from the catalogue's root: each area keeps its words in its own file.
const TABS = [
  { href: "/admin/users", key: "admin.users" },
  { href: "/admin/departments", key: "admin.departments" },
  { href: "/admin/indicators", key: "indicators.title" },
  { href: "/admin/audit", key: "admin.audit" },
] as const;

export function AdminTabs() {
  const t = useTranslations();
  const pathname = usePathname();
  return (
    <nav className="flex gap-1 border-b border-border" aria-label={t("admin.title")}>
      {TABS.map((tab) => {
        const active = pathname.startsWith(tab.href);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm ${active ? "border-primary font-medium" : "border-transparent text-muted-foreground hover:text-foreground"}`}
          >
            {t(tab.key)}
          </Link>
        );
      })}
    </nav>
  );
}
