import { and, asc, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { indicators, milestones, taskDepartments, taskIndicatorTags, tasks } from "@/db/schema";
import { defaultCarriedDueDate, successorStatus } from "@/lib/domain/rollover";
import { updateTaskAtVersion } from "@/lib/services/tasks/bump-task";
import { closeOpenDraft } from "@/lib/services/tasks/completion-drafts";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { TActor } from "@/lib/domain/actor";

export type TCarry = {
  taskId: string;
  version: number;
  targetPlanId: string;
  targetYear: number;
  goalId: string | null;
  dueDate: string;
};

/**
 * One task's 结转, inside the rollover's transaction: a successor in the target plan
 * (same work, departments, owner, open milestones, indicators and progress; the new
 * due date), then the old task closed as carried_over at the version the preview
 * showed (409 when it moved on), and one audit event naming both. The old task
 * keeps its own due date: the record of what was due when.
 */
export async function carryTask(tx: Tx, actor: TActor, carry: TCarry, now: Date): Promise<string> {
  const [old] = await tx.select().from(tasks).where(eq(tasks.id, carry.taskId));
  if (!old) throw new Error(`task ${carry.taskId} vanished inside its lock`);
  const status = successorStatus(old.status);
  const published = status !== "draft";
  const [successor] = await tx
    .insert(tasks)
    .values({
      planId: carry.targetPlanId,
      goalId: carry.goalId,
      title: old.title,
      description: old.description,
      status,
      priority: old.priority,
      ownerId: old.ownerId,
      dueDate: carry.dueDate,
      originalDueDate: published ? carry.dueDate : null,
      progress: old.progress,
      createdBy: actor.id,
      publishedAt: published ? now : null,
      carriedFromTaskId: old.id,
    })
    .returning({ id: tasks.id });
  const successorId = successor!.id;
  const departments = await tx.select().from(taskDepartments).where(eq(taskDepartments.taskId, old.id));
  if (departments.length) await tx.insert(taskDepartments).values(departments.map((d) => ({ ...d, taskId: successorId })));
  const open = await tx
    .select()
    .from(milestones)
    .where(and(eq(milestones.taskId, old.id), isNull(milestones.completedAt)))
    .orderBy(asc(milestones.sortOrder));
  if (open.length) {
    await tx.insert(milestones).values(
      open.map((m) => ({
        taskId: successorId,
        title: m.title,
        // A milestone's date moves with the task, never past the successor's own due date.
        dueDate: m.dueDate ? [defaultCarriedDueDate(m.dueDate, carry.targetYear), carry.dueDate].sort()[0]! : null,
        sortOrder: m.sortOrder,
        // A 示范创建 stage stays a stage: the successor goes on from the first open one (ADR 020).
        stage: m.stage,
      })),
    );
  }
  const measures = await tx.select().from(indicators).where(eq(indicators.taskId, old.id));
  if (measures.length) {
    await tx.insert(indicators).values(measures.map((i) => ({ taskId: successorId, name: i.name, unit: i.unit, target: i.target, actual: i.actual, sortOrder: i.sortOrder })));
  }
  // The successor serves the same framework indicators (ADR 015): coverage does not open a gap.
  const tags = await tx.select({ indicatorId: taskIndicatorTags.indicatorId }).from(taskIndicatorTags).where(eq(taskIndicatorTags.taskId, old.id));
  if (tags.length) await tx.insert(taskIndicatorTags).values(tags.map((t) => ({ taskId: successorId, indicatorId: t.indicatorId, createdBy: actor.id })));
  await updateTaskAtVersion(tx, old.id, carry.version, { status: "carried_over" });
  // The old task is closed: a 办结申请 prepared on it is discarded (the successor starts without one).
  await closeOpenDraft(tx, old.id, "discarded", actor.id, now);
  await appendAuditEvent(tx, {
    actorId: actor.id,
    action: "task.carry_over",
    entityType: "task",
    entityId: old.id,
    data: { from: old.status, to: "carried_over", successorId, targetPlanId: carry.targetPlanId, dueDate: old.dueDate, newDueDate: carry.dueDate },
    ip: actor.ip,
  });
  return successorId;
}
