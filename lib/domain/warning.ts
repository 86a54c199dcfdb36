import { isClosedStatus } from "./task-workflow";
import { daysBetween, todayIn } from "./calendar";
import type { TTaskStatus } from "./codes";

export const WARNINGS = ["red", "yellow", "green", "done"] as const;
export type TWarning = (typeof WARNINGS)[number];

export type TWarningPolicy = {
  /** Yellow when due within this many days (today counts as 0). */
  dueSoonDays: number;
  /** Yellow when the share of time elapsed leads progress by this many points. */
  behindPoints: number;
};

export const DEFAULT_WARNING_POLICY: TWarningPolicy = { dueSoonDays: 7, behindPoints: 30 };

export type TWarningSubject = {
  status: TTaskStatus;
  dueDate: string | null;
  /** The day work started: the start date, else the day it was published. */
  startDate: string | null;
  progress: number;
};

/**
 * 预警: done for closed tasks; red when overdue (due date before today — a task
 * due today is not overdue); yellow when due within the policy's days or
 * behind schedule; green otherwise. `today` is YYYY-MM-DD in APP_TIMEZONE.
 */
export function warningLevel(task: TWarningSubject, today: string, policy: TWarningPolicy = DEFAULT_WARNING_POLICY): TWarning {
  if (isClosedStatus(task.status)) return "done";
  if (task.status === "draft" || !task.dueDate) return "green";
  const daysLeft = daysBetween(today, task.dueDate);
  if (daysLeft < 0) return "red";
  if (daysLeft <= policy.dueSoonDays) return "yellow";
  if (task.startDate) {
    const span = daysBetween(task.startDate, task.dueDate);
    const elapsed = daysBetween(task.startDate, today);
    if (span > 0 && elapsed > 0) {
      const elapsedPercent = (elapsed / span) * 100;
      if (elapsedPercent - task.progress >= policy.behindPoints) return "yellow";
    }
  }
  return "green";
}

/** Days past the due date (0 when not overdue). */
export function daysOverdue(dueDate: string | null, today: string): number {
  if (!dueDate) return 0;
  return Math.max(0, daysBetween(dueDate, today));
}

/** The warning of a task row: its start is the start date, else the day it was published. */
export function taskWarning(
  task: { status: TTaskStatus; dueDate: string | null; startDate: string | null; publishedAt: Date | null; progress: number },
  context: TWarningContext,
): TWarning {
  const startDate = task.startDate ?? (task.publishedAt ? todayIn(context.timeZone, task.publishedAt) : null);
  return warningLevel({ status: task.status, dueDate: task.dueDate, startDate, progress: task.progress }, context.today, context.policy);
}

/** Everything a warning depends on besides the task: today in the app's zone, and the policy. */
export type TWarningContext = { today: string; timeZone: string; policy: TWarningPolicy };
