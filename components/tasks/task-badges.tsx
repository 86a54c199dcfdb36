import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { TTaskStatus } from "@/lib/domain/codes";
import type { TWarning } from "@/lib/domain/warning";

const WARNING_TONE = { red: "red", yellow: "yellow", green: "green", done: "grey" } as const;
const WARNING_DOT = { red: "bg-red-600", yellow: "bg-amber-500", green: "bg-green-600", done: "bg-gray-400" } as const;

/** 红灯/黄灯/绿灯 with the word beside the colour: colour is never the only signal. */
export function WarningBadge({ warning }: { warning: TWarning }) {
  const t = useTranslations("warnings");
  return (
    <Badge tone={WARNING_TONE[warning]} data-warning={warning}>
      <span className={`size-2 rounded-full ${WARNING_DOT[warning]}`} aria-hidden />
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

/** The bar and its number; its classes are named once in app/globals.css (a list draws fifty, twice). */
export function ProgressBar({ value }: { value: number }) {
  return (
    <span className="progress">
      <span className="progress-track" aria-hidden>
        <span className="progress-fill" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
      </span>
      <span className="progress-value">{`${value}%`}</span>
    </span>
  );
}
