import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { NOTIFICATION_GROUPS, type TNotificationGroup } from "@/lib/domain/notification-groups";
import { cn } from "@/lib/utils";

const chip = (active: boolean) =>
  cn("rounded-md border px-2.5 py-1 text-sm", active ? "border-primary bg-primary/5 font-medium" : "border-border bg-background hover:bg-muted");

/** 全部 · 任务 · 延期 · 督办通知 · 提醒 · 批示: links, so a filtered inbox is a URL. */
export async function NotificationGroupFilter({ current, hrefOf }: { current?: TNotificationGroup | undefined; hrefOf: (group?: TNotificationGroup) => string }) {
  const t = await getTranslations("notificationFilter");
  return (
    <nav className="flex flex-wrap gap-1" aria-label={t("label")}>
      <Link className={chip(!current)} href={hrefOf(undefined)} aria-current={!current ? "true" : undefined}>
        {t("all")}
      </Link>
      {NOTIFICATION_GROUPS.map((group) => (
        <Link key={group} className={chip(current === group)} href={hrefOf(group)} aria-current={current === group ? "true" : undefined}>
          {t(`groups.${group}`)}
        </Link>
      ))}
    </nav>
  );
}
