"use client";

import { BarChart3, Bell, ClipboardList, FileStack, LayoutDashboard, Settings2, Target } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { TNavItem, TNavKey } from "@/lib/domain/navigation";
import { cn } from "@/lib/utils";

const ICONS: Record<TNavKey, typeof Bell> = {
  workbench: LayoutDashboard,
  tasks: ClipboardList,
  notices: Bell,
  plans: FileStack,
  indicators: Target,
  cockpit: BarChart3,
  admin: Settings2,
};

export function NavLinks({ items, onNavigate }: { items: TNavItem[]; onNavigate?: (() => void) | undefined }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <ul className="grid gap-0.5">
      {items.map((item) => {
        const Icon = ICONS[item.key];
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.key}>
            <Link
              href={item.href}
              {...(onNavigate ? { onClick: onNavigate } : {})}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-2 rounded-md px-3 py-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                active ? "bg-white/15 font-medium text-white" : "text-sidebar-foreground hover:bg-white/10",
              )}
            >
              <Icon className="size-4" aria-hidden />
              {t(item.key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
