import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { TASK_STATUSES, type TTaskStatus } from "@/lib/domain/codes";

/** One tile per status, each a link to the task list filtered by it. */
export async function TaskStatusSummary({ counts }: { counts: Record<TTaskStatus, number> }) {
  const t = await getTranslations("taskStatuses");
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
      {TASK_STATUSES.map((status) => (
        <li key={status}>
          <Link
            href={`/tasks?status=${status}`}
            className="block rounded-lg border border-border bg-background p-3 hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <span className="block text-xs text-muted-foreground">{t(status)}</span>
            <span className="num block text-left text-2xl font-semibold" data-testid={`count-${status}`}>
              {counts[status]}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
