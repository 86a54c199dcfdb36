"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const TABS = [
  { href: "/admin/users", key: "users" },
  { href: "/admin/departments", key: "departments" },
  { href: "/admin/audit", key: "audit" },
] as const;

export function AdminTabs() {
  const t = useTranslations("admin");
  const pathname = usePathname();
  return (
    <nav className="flex gap-1 border-b border-border" aria-label={t("title")}>
      {TABS.map((tab) => {
        const active = pathname.startsWith(tab.href);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm",
              active ? "border-primary font-medium" : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {t(tab.key)}
          </Link>
        );
      })}
    </nav>
  );
}
