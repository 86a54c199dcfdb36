import type { Metadata } from "next";
import { oneParam } from "@/lib/validation/common";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { NotificationGroupFilter } from "@/components/notifications/notification-group-filter";
import { NotificationList } from "@/components/notifications/notification-list";
import { notificationBody } from "@/components/notifications/notification-body";
import { EmptyState } from "@/components/shell/empty-state";
import { listNotifications } from "@/db/queries/notifications";
import { requireActor } from "@/lib/auth/current-actor";
import { isNotificationGroup, REASON_KINDS, type TNotificationGroup } from "@/lib/domain/notification-groups";
import { getEnv } from "@/lib/env";
import { formatMoment } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

function inboxHref(view: { unread: boolean; group?: TNotificationGroup | undefined; cursor?: string | undefined }): string {
  const params = new URLSearchParams();
  if (view.group) params.set("kind", view.group);
  if (view.unread) params.set("unread", "1");
  if (view.cursor) params.set("cursor", view.cursor);
  return params.size ? `/notifications?${params}` : "/notifications";
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const cursor = oneParam(raw.cursor);
  const unread = oneParam(raw.unread) === "1";
  const requested = oneParam(raw.kind);
  const group = isNotificationGroup(requested) ? requested : undefined;
  const [t, locale, page] = await Promise.all([
    getTranslations("notifications"),
    getLocale(),
    listNotifications(actor.id, { cursor, unreadOnly: unread, group }),
  ]);
  const timeZone = getEnv().APP_TIMEZONE;
  return (
    <div className="grid max-w-3xl grid-cols-[minmax(0,1fr)] gap-3">
      <PageHeader
        title={t("title")}
        actions={
          <Link className="text-sm text-primary underline underline-offset-2" href={inboxHref({ unread: !unread, group })}>
            {unread ? t("showAll") : t("showUnread")}
          </Link>
        }
      />
      <NotificationGroupFilter current={group} hrefOf={(g) => inboxHref({ unread, group: g })} />
      {page.items.length === 0 ? (
        // Drawn here rather than in the client list: its icon stays out of the page's script.
        <EmptyState title={t("empty")} />
      ) : (
        <NotificationList
          items={page.items.map((n) => ({
            ...n,
            when: formatMoment(n.createdAt, locale, timeZone),
            // Worded here, so that the list's script carries no wording or date formatting.
            text: t.has(`kinds.${n.kind}`) ? t(`kinds.${n.kind}`, { title: n.title }) : n.title,
            bodyText: n.body && !REASON_KINDS.includes(n.kind) ? notificationBody(n.kind, n.body, locale, t) : n.body,
          }))}
        />
      )}
      {page.nextCursor ? (
        <Link className="justify-self-end text-sm text-primary hover:underline" href={inboxHref({ unread, group, cursor: page.nextCursor })}>
          {t("more")}
        </Link>
      ) : null}
    </div>
  );
}
