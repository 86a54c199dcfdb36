import { useTranslations } from "next-intl";
import type { CSSProperties } from "react";
import { Badge } from "@/components/ui/badge";
import type { TTaskStatus } from "@/lib/domain/codes";
import type { TWarning } from "@/lib/domain/warning";

const WARNING_TONE = { red: "red", yellow: "yellow", green: "green", done: "grey" } as const;
/** 红灯/黄灯/绿灯 with the word beside the colour: colour is never the only signal. The dot is the badge's ::before (app/globals.css). */
export function WarningBadge({ warning }: { warning: TWarning }) {
  const t = useTranslations("warnings");
  return (
    <Badge tone={WARNING_TONE[warning]} className={`warning-dot warning-dot-${warning}`} data-warning={warning}>
      {t(warning)}
    </Badge>
  );
}

const STATUS_TONE: Record<TTaskStatus, "neutral" | "blue" | "yellow" | "green" | "grey"> = {
  draft: "grey",
  assigned: "blue",
  in_progress: "blue",
  submitted: "yellow",
  completed: "green",
  cancelled: "grey",
  carried_over: "grey",
};

export function StatusBadge({ status }: { status: TTaskStatus }) {
  const t = useTranslations("taskStatuses");
  return (
    <Badge tone={STATUS_TONE[status]} data-status={status}>
      {t(status)}
    </Badge>
  );
}

/**
 * The bar and its number. Drawn by app/globals.css around one element (the track and the fill
 * are its ::before and ::after, the share a custom property): a list draws fifty, and each
 * element is rendered twice per page (HTML and the RSC payload).
 */
export function ProgressBar({ value }: { value: number }) {
  const share = Math.max(0, Math.min(100, value));
  return (
    <span className="progress" style={{ "--progress": share } as CSSProperties}>
      <span className="progress-value">{`${value}%`}</span>
    </span>
  );
}
