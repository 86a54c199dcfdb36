import type { TGoalKind, TTaskStatus } from "./codes";
import { isUnfinishedStatus } from "./task-workflow";

// 年度结转 (ADR 014): which tasks a plan's rollover carries into the next year's plan,
// the due date each successor gets by default, and where in the target plan's goal
// tree it lands. Pure: the service (lib/services/plans/rollover-plan.ts) loads and writes.

/** Why a task named in a rollover is not carried (reported, never an error: running it twice is harmless). */
export type TRolloverSkip = "alreadyCarried" | "finished" | "notInPlan";

export function rolloverSkip(status: TTaskStatus): TRolloverSkip | null {
  if (status === "carried_over") return "alreadyCarried";
  return isUnfinishedStatus(status) ? null : "finished";
}

/** A rollover goes forward, by at most a few years. */
export function isRolloverYear(planYear: number, targetYear: number): boolean {
  return targetYear > planYear && targetYear <= planYear + 5;
}

import { yearEnd } from "./year-end";

export { yearEnd };

/**
 * The successor's due date unless the preview chose another: the old due date's
 * month and day in the target year (29 February becomes the 28th in a common
 * year); 年底 when the old task had no due date.
 */
export function defaultCarriedDueDate(dueDate: string | null, targetYear: number): string {
  if (!dueDate) return yearEnd(targetYear);
  const [year, month, day] = dueDate.split("-");
  // A deadline already in (or past) the target year moves a year on from itself: the default
  // never sets a carried task's deadline before the one it had.
  const toYear = Math.max(targetYear, Number(year) + 1);
  const leap = (toYear % 4 === 0 && toYear % 100 !== 0) || toYear % 400 === 0;
  const fixedDay = month === "02" && day === "29" && !leap ? "28" : day;
  return `${String(toYear).padStart(4, "0")}-${month}-${fixedDay}`;
}

/** A chosen due date must fall in the target year or later: the successor is next year's work. */
export function isCarriedDueDateAllowed(dueDate: string, targetYear: number): boolean {
  return dueDate >= `${targetYear}-01-01`;
}

/**
 * Where the work goes on: a draft stays a draft, a task waiting to be signed waits
 * again, and work in hand (or submitted: the review belonged to the old year)
 * goes on in progress.
 */
export function successorStatus(status: TTaskStatus): TTaskStatus {
  if (status === "draft" || status === "assigned") return status;
  return "in_progress";
}

/** The target plan's title: the year in the title moved on, or the year added. */
export function rolloverPlanTitle(title: string, fromYear: number, toYear: number): string {
  return title.includes(String(fromYear)) ? title.replaceAll(String(fromYear), String(toYear)) : `${toYear}年${title}`;
}

export type TGoalNode = { id: string; parentId: string | null; kind: TGoalKind; code: string; title: string };

function pathKeys(goals: readonly TGoalNode[]): Map<string, string> {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const keys = new Map<string, string>();
  const keyOf = (goal: TGoalNode): string => {
    const known = keys.get(goal.id);
    if (known !== undefined) return known;
    const parent = goal.parentId ? byId.get(goal.parentId) : undefined;
    const key = `${parent ? `${keyOf(parent)}\u0000` : ""}${goal.kind}|${goal.code}|${goal.title.trim()}`;
    keys.set(goal.id, key);
    return key;
  };
  for (const goal of goals) keyOf(goal);
  return keys;
}

/**
 * Source goal → target goal: the goal at the same place (same kind, numbering and
 * title all the way up) in the target tree, or else its nearest ancestor's match,
 * or null when nothing above it matches either (the successor then has no goal).
 * A target created by the rollover is a copy, so every goal matches.
 */
export function mapGoals(source: readonly TGoalNode[], target: readonly TGoalNode[]): Map<string, string | null> {
  const targetByKey = new Map<string, string>();
  for (const [id, key] of pathKeys(target)) if (!targetByKey.has(key)) targetByKey.set(key, id);
  const sourceKeys = pathKeys(source);
  const byId = new Map(source.map((g) => [g.id, g]));
  const out = new Map<string, string | null>();
  const resolve = (goal: TGoalNode): string | null => {
    if (out.has(goal.id)) return out.get(goal.id)!;
    const parent = goal.parentId ? byId.get(goal.parentId) : undefined;
    const found = targetByKey.get(sourceKeys.get(goal.id)!) ?? (parent ? resolve(parent) : null);
    out.set(goal.id, found);
    return found;
  };
  for (const goal of source) resolve(goal);
  return out;
}
