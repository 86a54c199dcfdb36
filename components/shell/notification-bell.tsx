import { Bell } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** The bell in the top bar: the unread count (read by the layout), linking to the inbox. */
export async function NotificationBell({ unread }: { unread: number }) {
  const t = await getTranslations("notifications");
  return (
    <Link
      href="/notifications"
      className="relative rounded-md p-2 hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      aria-label={unread > 0 ? t("bellUnread", { n: unread }) : t("bell")}
      data-testid="notification-bell"
    >
      <Bell className="size-5" aria-hidden />
      {unread > 0 ? (
        <span className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-primary px-1 text-center text-[10px] leading-4 font-semibold text-white" data-testid="unread-count">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
