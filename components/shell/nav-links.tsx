"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A navigation entry, translated and with its icon already rendered by the server. */
export type TNavLink = { key: string; href: string; label: string; icon: ReactNode };

const LINK = "flex items-center gap-2 rounded-md px-3 py-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

/** The one client-side part of the navigation: which entry is the current page. */
export function NavLinks({ links, onNavigate }: { links: TNavLink[]; onNavigate?: (() => void) | undefined }) {
  const pathname = usePathname();
  return (
    <ul className="grid gap-0.5">
      {links.map((link) => {
        const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <li key={link.key}>
            <Link
              href={link.href}
              {...(onNavigate ? { onClick: onNavigate } : {})}
              aria-current={active ? "page" : undefined}
              className={`${LINK} ${active ? "bg-white/15 font-medium text-white" : "text-sidebar-foreground hover:bg-white/10"}`}
            >
              {link.icon}
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
