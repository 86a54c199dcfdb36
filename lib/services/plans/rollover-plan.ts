import type { Tx } from "@/db";
import { plans, type TPlan } from "@/db/schema";
import { findRolloverTarget, loadRolloverSource, successorsOf, type TRolloverTaskRow } from "@/db/queries/rollover";
import type { TActor } from "@/lib/domain/actor";
import { planCapabilities } from "@/lib/domain/capabilities/plan";
import { assertAllowed } from "@/lib/domain/capabilities/refusal";
import {
  defaultCarriedDueDate, isCarriedDueDateAllowed, isRolloverYear, mapGoals, rolloverPlanTitle, rolloverSkip, type TRolloverSkip,
} from "@/lib/domain/rollover";
import { AppError, staleVersion } from "@/lib/errors";
import { clock } from "@/lib/clock";
import { appendAuditEvent, withDeferredAudit } from "@/lib/services/audit/append-audit-event";
import { copyGoalTags } from "@/lib/services/indicator-tags/write-tags";
import { inTransaction } from "@/lib/services/transaction";
import type { TRolloverInput } from "@/lib/validation/rollover";
import { carryTask } from "./carry-task";
import { insertGoals, type TGoalSource } from "./insert-goals";

export type TRolloverItem = TRolloverTaskRow & { newDueDate: string; goalId: string | null; successorId: string | null };
export type TRolloverSkipped = { fromTaskId: string; title: string | null; reason: TRolloverSkip; successorId: string | null };
export type TRolloverResult = {
  dryRun: boolean;
  source: { id: string; title: string; year: number };
  /** The target plan: as it is (or will be: `id` null until a confirmed rollover creates it). */
  target: { id: string | null; title: string; year: number; exists: boolean };
  plan: TPlan | null;
  carried: TRolloverItem[];
  skipped: TRolloverSkipped[];
};

type TGoalRow = Awaited<ReturnType<typeof loadRolloverSource>>["goals"][number];

type TCopiedGoal = TGoalSource & { sourceId: string; children: TCopiedGoal[] };

function treeOf(goals: readonly TGoalRow[], parentId: string | null = null): TCopiedGoal[] {
  return goals
    .filter((g) => g.parentId === parentId)
    .map((g) => ({ sourceId: g.id, kind: g.kind, code: g.code, title: g.title, body: g.body, lines: null, children: treeOf(goals, g.id) }));
}

/** Source goal ids in pre-order: insertGoals' row i is the copy of the i-th. */
const preorderIds = (nodes: readonly TCopiedGoal[]): string[] => nodes.flatMap((node) => [node.sourceId, ...preorderIds(node.children)]);

const dueDateError = (index: number) => new AppError("VALIDATION", "validationFailed", { fieldErrors: { [`tasks.${index}.dueDate`]: ["rolloverDueDate"] } });

/**
 * 年度结转 (ADR 014): the preview (dryRun) and the rollover itself are one code path.
 * Loads the plan and its tasks (locked when writing), decides for each chosen task
 * whether it moves (unfinished) or is skipped (finished, or already carried: running
 * twice moves nothing twice), refuses the whole rollover when a task changed since the
 * preview (409), creates the target plan with a copy of the goal tree when there is
 * none, and carries each task with one audit event — all in one transaction.
 */
export async function rolloverPlan(actor: TActor, input: TRolloverInput): Promise<TRolloverResult> {
  assertAllowed(planCapabilities(actor).rollover);
  return inTransaction(async (tx) => {
    const source = await loadRolloverSource(tx, input.planId, { lock: !input.dryRun });
    if (!isRolloverYear(source.plan.year, input.targetYear)) {
      throw new AppError("VALIDATION", "validationFailed", { fieldErrors: { targetYear: ["rolloverYear"] } });
    }
    const existing = await findRolloverTarget(tx, source.plan.id, input.targetYear);
    const byId = new Map(source.tasks.map((t) => [t.id, t]));
    const chosen = input.tasks ?? source.tasks.filter((t) => rolloverSkip(t.status) === null).map((t) => ({ id: t.id, version: t.version, dueDate: undefined }));
    const successors = await successorsOf(tx, chosen.map((c) => c.id));
    const goalMap = existing ? mapGoals(source.goals, existing.goals) : null;
    const carried: TRolloverItem[] = [];
    const skipped: TRolloverSkipped[] = [];
    chosen.forEach((choice, index) => {
      const task = byId.get(choice.id);
      const reason: TRolloverSkip | null = task ? rolloverSkip(task.status) : "notInPlan";
      if (reason || !task) {
        if (!skipped.some((s) => s.fromTaskId === choice.id)) skipped.push({ fromTaskId: choice.id, title: task?.title ?? null, reason: reason!, successorId: successors.get(choice.id) ?? null });
        return;
      }
      if (task.version !== choice.version) throw staleVersion();
      if (carried.some((c) => c.id === task.id)) return;
      const newDueDate = choice.dueDate ?? defaultCarriedDueDate(task.dueDate, input.targetYear);
      if (!isCarriedDueDateAllowed(newDueDate, input.targetYear)) throw dueDateError(index);
      const goalId = task.goalId ? (goalMap ? (goalMap.get(task.goalId) ?? null) : task.goalId) : null;
      carried.push({ ...task, newDueDate, goalId, successorId: null });
    });
    const target = existing
      ? { id: existing.plan.id, title: existing.plan.title, year: existing.plan.year, exists: true }
      : { id: null, title: rolloverPlanTitle(source.plan.title, source.plan.year, input.targetYear), year: input.targetYear, exists: false };
    const result = { dryRun: input.dryRun, source: { id: source.plan.id, title: source.plan.title, year: source.plan.year }, target, plan: existing?.plan ?? null, carried, skipped };
    if (input.dryRun) return { ...result, plan: null };
    if (carried.length === 0) return result;
    return withDeferredAudit(tx, async () => {
      const now = clock.now();
      const made = existing ?? (await createTarget(tx, actor, source, target.title, input.targetYear));
      const map = existing ? goalMap! : mapGoals(source.goals, made.goals);
      for (const item of carried) {
        const goalId = item.goalId && !existing ? (map.get(item.goalId) ?? null) : item.goalId;
        item.goalId = goalId;
        item.successorId = await carryTask(tx, actor, { taskId: item.id, version: item.version, targetPlanId: made.plan.id, targetYear: input.targetYear, goalId, dueDate: item.newDueDate }, now);
      }
      return { ...result, target: { ...target, id: made.plan.id, exists: true }, plan: made.plan };
    });
  });
}

async function createTarget(tx: Tx, actor: TActor, source: Awaited<ReturnType<typeof loadRolloverSource>>, title: string, year: number) {
  const [plan] = await tx.insert(plans).values({ year, title, status: "active", createdBy: actor.id, rolledFromPlanId: source.plan.id }).returning();
  const tree = treeOf(source.goals);
  const rows = await insertGoals(tx, plan!.id, tree);
  // The copied goals serve the same indicators (the tasks' tags travel in carryTask), so coverage opens no gap.
  await copyGoalTags(tx, preorderIds(tree).map((fromId, index) => [fromId, rows[index]!.id] as const), actor.id);
  await appendAuditEvent(tx, { actorId: actor.id, action: "plan.rollover_create", entityType: "plan", entityId: plan!.id, data: { fromPlanId: source.plan.id, year, goals: rows.length }, ip: actor.ip });
  return { plan: plan!, goals: rows.map((r) => ({ id: r.id, parentId: r.parentId ?? null, kind: r.kind, code: r.code ?? "", title: r.title })) };
}
