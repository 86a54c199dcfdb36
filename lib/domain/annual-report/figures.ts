import { daysBetween } from "@/lib/domain/calendar";
import type { TDepartmentRow, TPlanYearSnapshot, TReportFigures, TSnapshotTask } from "./types";

const OPEN = new Set(["assigned", "in_progress", "submitted"]);

export const isOpen = (task: TSnapshotTask) => OPEN.has(task.status);
/** Not done this year: still open, or carried over (结转) into the next plan. */
export const isUnfinished = (task: TSnapshotTask) => isOpen(task) || task.status === "carried_over";

/** Days past due on the report day; 0 when not overdue (due today is not overdue). */
export function overdueDays(task: TSnapshotTask, asOf: string): number {
  if (!isOpen(task) || !task.dueDate) return 0;
  return Math.max(0, daysBetween(task.dueDate, asOf));
}

/** Completed no later than the due date set at publication (an extension does not make late work on time). */
export function isCompletedOnTime(task: TSnapshotTask): boolean {
  if (task.status !== "completed" || !task.completedDay) return false;
  const due = task.originalDueDate ?? task.dueDate;
  return !due || task.completedDay <= due;
}

export const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 100) / whole));

/** The opening paragraph's figures. */
export function reportFigures(snapshot: TPlanYearSnapshot): TReportFigures {
  const { tasks, asOf } = snapshot;
  const completed = tasks.filter((t) => t.status === "completed").length;
  return {
    tasks: tasks.length,
    completed,
    completedOnTime: tasks.filter(isCompletedOnTime).length,
    completionRate: percentOf(completed, tasks.length),
    overdue: tasks.filter((t) => overdueDays(t, asOf) > 0).length,
    inProgress: tasks.filter(isUnfinished).length,
    returned: new Set(snapshot.returns.map((r) => r.taskId)).size,
    extended: new Set(snapshot.extensions.map((e) => e.taskId)).size,
    notices: snapshot.notices.length,
  };
}

const NO_DEPARTMENT = "未明确牵头单位";

/** Per lead department, most tasks first (then by name, so the order is stable). */
export function departmentRows(snapshot: TPlanYearSnapshot): TDepartmentRow[] {
  const returned = new Set(snapshot.returns.map((r) => r.taskId));
  const rows = new Map<string, TDepartmentRow>();
  for (const task of snapshot.tasks) {
    const name = task.leadDepartment ?? NO_DEPARTMENT;
    const row = rows.get(name) ?? { name, tasks: 0, completed: 0, completedOnTime: 0, overdue: 0, returned: 0 };
    row.tasks += 1;
    if (task.status === "completed") row.completed += 1;
    if (isCompletedOnTime(task)) row.completedOnTime += 1;
    if (overdueDays(task, snapshot.asOf) > 0) row.overdue += 1;
    if (returned.has(task.id)) row.returned += 1;
    rows.set(name, row);
  }
  return [...rows.values()].sort((a, b) => b.tasks - a.tasks || a.name.localeCompare(b.name, "zh-CN"));
}
