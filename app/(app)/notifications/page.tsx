import type { Metadata } from "next";
import { oneParam } from "@/lib/validation/common";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { NotificationList } from "@/components/notifications/notification-list";
import { listNotifications } from "@/db/queries/notifications";
import { requireActor } from "@/lib/auth/current-actor";
import { getEnv } from "@/lib/env";
import { formatMoment } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const cursor = oneParam(raw.cursor);
  const unread = oneParam(raw.unread);
  const [t, locale, page] = await Promise.all([
    getTranslations("notifications"),
    getLocale(),
    listNotifications(actor.id, { cursor, unreadOnly: unread === "1" }),
  ]);
  const timeZone = getEnv().APP_TIMEZONE;
  return (
    <div className="grid max-w-3xl grid-cols-[minmax(0,1fr)] gap-3">
      <PageHeader
        title={t("title")}
        actions={
          <Link className="text-sm text-primary underline underline-offset-2" href={unread === "1" ? "/notifications" : "/notifications?unread=1"}>
            {unread === "1" ? t("showAll") : t("showUnread")}
          </Link>
        }
      />
      <NotificationList items={page.items.map((n) => ({ ...n, when: formatMoment(n.createdAt, locale, timeZone) }))} />
      {page.nextCursor ? (
        <Link className="justify-self-end text-sm text-primary hover:underline" href={`/notifications?cursor=${page.nextCursor}${unread === "1" ? "&unread=1" : ""}`}>
          {t("more")}
        </Link>
      ) : null}
    </div>
  );
}
