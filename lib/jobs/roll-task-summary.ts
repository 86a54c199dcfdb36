import { ensureTaskSummary } from "@/db/summary/task-summary";
import { clock } from "@/lib/clock";
import { warningContext } from "@/lib/warning-context";

export const ROLL_QUEUE = "task-summary-roll";
// A minute past midnight in APP_TIMEZONE: the first day of the new date, before anyone reads the cockpit.
export const ROLL_CRON = "1 0 * * *";

/**
 * The midnight roll of the task summary (ADR 017): counts that depend on today (red, yellow)
 * are recounted as of the new day. Idempotent: a second run the same day reads one row and
 * stops; a missed run is made good by the first cockpit read of the day.
 */
export async function rollTaskSummary(now: Date = clock.now()): Promise<{ asOf: string }> {
  const context = warningContext(now);
  await ensureTaskSummary(context);
  return { asOf: context.today };
}
