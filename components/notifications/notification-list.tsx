"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { markAllReadAction, markReadAction } from "@/app/(app)/notifications/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { ReasonedButton } from "@/components/ui/reasoned-button";
import { FormMessage } from "@/components/ui/form-message";
import { cx } from "@/lib/class-names";
import { REASON_KINDS } from "@/lib/domain/notification-groups";

/** A notification as the page words it: `text` is its line, `bodyText` the line under it (a reason is shown whole). */
export type TNotificationRow = { id: string; kind: string; text: string; body: string; bodyText: string; link: string | null; readAt: Date | null; when: string };

/** The inbox: opening an item marks it read; one button marks everything read. The page draws an empty inbox itself. */
export function NotificationList({ items }: { items: TNotificationRow[] }) {
  const t = useTranslations("notifications");
  const tw = useTranslations("whyDisabled");
  const tf = useTranslations("notificationFilter");
  const { run, failure, pending } = useActionRunner();
  const unread = items.filter((n) => !n.readAt);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-2">
      <div className="flex justify-end">
        <ReasonedButton variant="outline" size="sm" disabled={pending} why={unread.length === 0 ? tw("nothingUnread") : null} onClick={() => run(markAllReadAction({}))}>
          {t("markAllRead")}
        </ReasonedButton>
      </div>
      <FormMessage>{failure}</FormMessage>
      <ul className="divide-y divide-border rounded-lg border border-border bg-background">
        {items.map((n) => (
          <li key={n.id} className={cx("flex items-start gap-3 px-3 py-3 sm:px-4", !n.readAt && "bg-blue-50/60")} data-unread={!n.readAt || undefined}>
            <span className={cx("mt-1.5 size-2 shrink-0 rounded-full", n.readAt ? "bg-transparent" : "bg-primary")} aria-hidden />
            <div className="min-w-0 flex-1">
              <p className="text-sm">
                {n.link ? (
                  <Link href={n.link} className="hover:underline" onClick={() => (n.readAt ? undefined : run(markReadAction({ ids: [n.id] }), null))}>
                    {n.text}
                  </Link>
                ) : (
                  n.text
                )}
              </p>
              {n.body && REASON_KINDS.includes(n.kind) ? (
                // A reason is why the work came back: shown whole, under its label.
                <p className="text-sm break-words whitespace-pre-line">
                  <span className="text-muted-foreground">{tf("reason")}</span>
                  {n.body}
                </p>
              ) : n.body ? (
                <p className="truncate text-xs text-muted-foreground">{n.bodyText}</p>
              ) : null}
              <p className="text-xs text-muted-foreground">{n.when}</p>
            </div>
            {!n.readAt ? (
              <Button variant="ghost" size="sm" disabled={pending} onClick={() => run(markReadAction({ ids: [n.id] }), null)}>
                {t("markRead")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
