import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { TTaskStatus } from "@/lib/domain/codes";
import { daysOverdue } from "@/lib/domain/warning";

const OPEN: readonly TTaskStatus[] = ["assigned", "in_progress", "submitted"];

/** "逾期N天" beside an open task past its due date; nothing otherwise. */
export function OverdueBadge({ status, dueDate, today, className }: { status: TTaskStatus; dueDate: string | null; today: string; className?: string }) {
  const t = useTranslations("tasks");
  const days = OPEN.includes(status) ? daysOverdue(dueDate, today) : 0;
  if (days === 0) return null;
  return (
    <Badge tone="red" className={className ? `whitespace-nowrap ${className}` : "whitespace-nowrap"} data-testid="days-overdue">
      {t("overdueDays", { n: days })}
    </Badge>
  );
}
