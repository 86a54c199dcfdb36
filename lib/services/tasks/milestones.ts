import { and, count, eq, isNotNull, isNull } from "drizzle-orm";
import { milestones } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import type { ZAddMilestoneSchema, ZCompleteMilestoneSchema } from "@/lib/validation/tasks";
import type { z } from "@/lib/validation/zod";
import { updateTaskAtVersion } from "./bump-task";
import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { clock } from "@/lib/clock";
import { assertTaskCapability, assertTaskRole } from "./task-capability";

/** 节点: a supervisor or the lead department's head adds one. */
export async function addMilestone(actor: TActor, input: z.output<typeof ZAddMilestoneSchema>) {
  assertTaskRole(actor, "addMilestone");
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    assertTaskCapability(actor, loaded, "addMilestone");
    await updateTaskAtVersion(tx, loaded.task.id, input.version, {});
    const [existing] = await tx.select({ n: count() }).from(milestones).where(eq(milestones.taskId, loaded.task.id));
    const [milestone] = await tx
      .insert(milestones)
      .values({ taskId: loaded.task.id, title: input.title, dueDate: input.dueDate, sortOrder: Number(existing?.n ?? 0) })
      .returning();
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "task.milestone_add",
      entityType: "task",
      entityId: loaded.task.id,
      data: { milestoneId: milestone!.id, title: input.title, dueDate: input.dueDate },
      ip: actor.ip,
    });
    return milestone!;
  });
}

/** The lead department marks a milestone reached, while the task is being worked on. */
export async function completeMilestone(actor: TActor, input: z.output<typeof ZCompleteMilestoneSchema>) {
  assertTaskRole(actor, "completeMilestone");
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    assertTaskCapability(actor, loaded, "completeMilestone");
    await updateTaskAtVersion(tx, loaded.task.id, input.version, {});
    const [done] = await tx
      .update(milestones)
      .set({ completedAt: clock.now(), completedBy: actor.id })
      // A 示范创建 stage is completed in order and with evidence (completeDemonstrationStage), never here.
      .where(and(eq(milestones.id, input.milestoneId), eq(milestones.taskId, loaded.task.id), isNull(milestones.completedAt), isNull(milestones.stage)))
      .returning();
    if (!done) {
      const [stage] = await tx.select({ id: milestones.id }).from(milestones).where(and(eq(milestones.id, input.milestoneId), isNotNull(milestones.stage)));
      throw stage ? new AppError("RULE", "stageNeedsEvidence") : new AppError("CONFLICT", "milestoneDone");
    }
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "task.milestone_complete",
      entityType: "task",
      entityId: loaded.task.id,
      data: { milestoneId: done.id, title: done.title },
      ip: actor.ip,
    });
    return done;
  });
}
