import { BarChart3, Bell, ClipboardList, FileStack, LayoutDashboard, Menu, Settings2, Target, X } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import type { TActor } from "@/lib/domain/actor";
import { navigationFor, type TNavKey } from "@/lib/domain/navigation";
import { LanguageSwitch } from "./language-switch";
import { MobileNav } from "./mobile-nav";
import { NotificationBell } from "./notification-bell";
import { NavLinks, type TNavLink } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

const ICONS: Record<TNavKey, typeof Bell> = {
  workbench: LayoutDashboard,
  tasks: ClipboardList,
  notices: Bell,
  plans: FileStack,
  indicators: Target,
  cockpit: BarChart3,
  admin: Settings2,
};

export async function AppShell({
  actor,
  departmentName,
  unread,
  orgName,
  children,
}: {
  actor: TActor;
  departmentName: string | null;
  unread: number;
  orgName: string;
  children: ReactNode;
}) {
  const t = await getTranslations();
  // Translated and drawn here, on the server: the client islands (NavLinks, MobileNav) get
  // plain strings and rendered icons, so the shell needs no next-intl on the client.
  const links: TNavLink[] = navigationFor(actor.roles).map(({ key, href }) => {
    const Icon = ICONS[key];
    return { key, href, label: t(`nav.${key}`), icon: <Icon className="size-4" aria-hidden /> };
  });
  const title = `${orgName}${t("app.name")}`;
  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-background px-3 py-2 text-sm font-medium text-primary shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t("shell.skipToContent")}
      </a>
      <aside className="no-print hidden w-52 shrink-0 bg-sidebar p-3 md:block">
        <p className="mb-4 px-3 pt-1 text-sm font-semibold leading-snug text-white">{title}</p>
        <nav aria-label={t("shell.navigation")}>
          <NavLinks links={links} />
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="no-print flex h-12 items-center gap-2 border-b border-border bg-background px-3">
          <MobileNav
            links={links}
            title={title}
            labels={{ open: t("shell.openMenu"), close: t("shell.closeMenu"), navigation: t("shell.navigation") }}
            openIcon={<Menu className="size-5" aria-hidden />}
            closeIcon={<X className="size-4" aria-hidden />}
          />
          <p className="truncate text-sm font-medium md:hidden">{orgName}</p>
          <div className="ml-auto flex items-center gap-1 sm:gap-3">
            <LanguageSwitch className="hidden sm:flex" />
            <NotificationBell unread={unread} />
            <Link href="/settings" className="max-w-72 truncate rounded px-2 py-1 text-sm hover:bg-muted" data-testid="current-user">
              <span className="font-medium">{actor.name}</span>
              {departmentName ? <span className="hidden text-muted-foreground sm:inline"> · {departmentName}</span> : null}
              <span className="sr-only">
                {" "}
                {actor.roles.map((r) => t(`roles.${r}`)).join("、")}
              </span>
            </Link>
            <SignOutButton />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-3 focus:outline-none sm:p-5">{children}</main>
      </div>
    </div>
  );
}
