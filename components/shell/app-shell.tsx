import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import type { TActor } from "@/lib/domain/actor";
import { navigationFor } from "@/lib/domain/navigation";
import { LanguageSwitch } from "./language-switch";
import { MobileNav } from "./mobile-nav";
import { NotificationBell } from "./notification-bell";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

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
  const items = navigationFor(actor.roles);
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
          <NavLinks items={items} />
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="no-print flex h-12 items-center gap-2 border-b border-border bg-background px-3">
          <MobileNav items={items} title={title} />
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
