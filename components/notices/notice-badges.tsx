import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { TNoticeKind, TNoticeStatus } from "@/lib/domain/codes";

const KIND_TONE: Record<TNoticeKind, "neutral" | "yellow" | "red" | "blue"> = {
  reminder: "blue",
  urge: "yellow",
  supervise: "red",
  circular: "red",
  interview: "red",
};

export function NoticeKindBadge({ kind }: { kind: TNoticeKind }) {
  const t = useTranslations("noticeKinds");
  return <Badge tone={KIND_TONE[kind]}>{t(kind)}</Badge>;
}

const STATUS_TONE: Record<TNoticeStatus, "grey" | "blue" | "yellow" | "green"> = {
  draft: "grey",
  issued: "blue",
  signed: "blue",
  responded: "yellow",
  closed: "green",
};

export function NoticeStatusBadge({ status }: { status: TNoticeStatus }) {
  const t = useTranslations("noticeStatuses");
  return (
    <Badge tone={STATUS_TONE[status]} data-notice-status={status}>
      {t(status)}
    </Badge>
  );
}

export function LateBadge() {
  const t = useTranslations("notices");
  return <Badge tone="red">{t("late")}</Badge>;
}
