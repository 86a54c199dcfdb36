import type { TPlanYearSnapshot, TReportParagraph, TSnapshotGoal, TSnapshotIndicator, TSnapshotProgress, TSnapshotTask } from "./types";
import { taskSummary } from "./task-summary";
import { chineseNumber } from "./wording";

const groupBy = <T>(rows: readonly T[], key: (row: T) => string) => {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const group = out.get(key(row));
    if (group) group.push(row);
    else out.set(key(row), [row]);
  }
  return out;
};

const stripEnd = (text: string) => text.trim().replace(/[。，,；;：:、]+$/u, "");

/** Goals depth-first, each goal's children in the order given (the query sorts siblings by their sort order). */
export function documentOrder(goals: readonly TSnapshotGoal[]): TSnapshotGoal[] {
  const children = groupBy(goals, (g) => g.parentId ?? "");
  const known = new Set(goals.map((g) => g.id));
  const out: TSnapshotGoal[] = [];
  const walk = (parentId: string) => {
    for (const goal of children.get(parentId) ?? []) {
      out.push(goal);
      walk(goal.id);
    }
  };
  walk("");
  // A goal whose parent is not in the list (it should not happen) still gets a place.
  for (const goal of goals) if (goal.parentId && !known.has(goal.parentId)) out.push(goal);
  return out;
}

type TPart = { goal: TSnapshotGoal | null; tasks: TSnapshotTask[] };

/**
 * The plan's top-level goals in document order, each with the tasks under it;
 * tasks under a rectification problem (存在问题) form one last part.
 */
export function partsOf(snapshot: TPlanYearSnapshot): { parts: TPart[]; rectification: TSnapshotTask[] } {
  const byId = new Map(snapshot.goals.map((g) => [g.id, g]));
  const topOf = (goalId: string | null): { top: TSnapshotGoal | null; problem: boolean } => {
    let goal = goalId ? byId.get(goalId) : undefined;
    let problem = false;
    let top: TSnapshotGoal | null = null;
    while (goal) {
      if (goal.kind === "problem") problem = true;
      top = goal;
      goal = goal.parentId ? byId.get(goal.parentId) : undefined;
    }
    return { top, problem };
  };
  // A top-level group that only holds problems (the report's 存在问题) is no part of 一、.
  const kindsUnder = new Map<string, string[]>();
  for (const goal of snapshot.goals) if (goal.parentId) kindsUnder.set(goal.parentId, [...(kindsUnder.get(goal.parentId) ?? []), goal.kind]);
  const onlyProblems = (id: string) => (kindsUnder.get(id) ?? []).length > 0 && kindsUnder.get(id)!.every((k) => k === "problem");
  const parts = new Map<string, TPart>();
  for (const goal of snapshot.goals) if (!goal.parentId && goal.kind !== "problem" && !onlyProblems(goal.id)) parts.set(goal.id, { goal, tasks: [] });
  const loose: TSnapshotTask[] = [];
  const rectification: TSnapshotTask[] = [];
  for (const task of snapshot.tasks) {
    const { top, problem } = topOf(task.goalId);
    if (problem) rectification.push(task);
    else if (top && parts.has(top.id)) parts.get(top.id)!.tasks.push(task);
    else loose.push(task);
  }
  // Work items in document order (their goal's place in the plan), ties in the snapshot's order.
  const place = new Map(documentOrder(snapshot.goals).map((g, i) => [g.id, i]));
  const byPlace = (a: TSnapshotTask, b: TSnapshotTask) => (place.get(a.goalId ?? "") ?? Infinity) - (place.get(b.goalId ?? "") ?? Infinity);
  for (const part of parts.values()) part.tasks.sort(byPlace);
  rectification.sort(byPlace);
  const ordered = [...parts.values()];
  if (loose.length) ordered.push({ goal: null, tasks: loose });
  return { parts: ordered, rectification };
}

/** 一、主要举措和成效: one part per plan section, one paragraph per work item. */
export function measureParagraphs(snapshot: TPlanYearSnapshot): TReportParagraph[] {
  const progressOf = groupBy<TSnapshotProgress>(snapshot.progress, (p) => p.taskId);
  const indicatorsOf = groupBy<TSnapshotIndicator>(snapshot.indicators, (i) => i.taskId);
  const { parts, rectification } = partsOf(snapshot);
  const out: TReportParagraph[] = [{ id: "measures", kind: "heading1", text: "一、主要举措和成效", taskIds: snapshot.tasks.map((t) => t.id) }];
  const allParts = rectification.length ? [...parts, { goal: null, tasks: rectification, rectification: true }] : parts;
  allParts.forEach((part, index) => {
    const key = part.goal?.id ?? ("rectification" in part ? "rectification" : "other");
    const title = part.goal ? stripEnd(part.goal.title) : "rectification" in part ? "上年度存在问题整改情况" : "其他工作";
    out.push({ id: `m:${key}`, kind: "heading2", text: `（${chineseNumber(index + 1)}）${title}`, taskIds: part.tasks.map((t) => t.id) });
    if (part.tasks.length === 0) {
      out.push({ id: `m:${key}:empty`, kind: "prompt", text: `【本部分${snapshot.plan.year}年度未分解为具体任务，请补充相关工作情况】`, taskIds: [] });
    }
    for (const task of part.tasks) {
      out.push({ id: `t:${task.id}`, kind: "body", text: taskSummary(task, progressOf.get(task.id) ?? [], indicatorsOf.get(task.id) ?? []), taskIds: [task.id] });
    }
  });
  return out;
}
