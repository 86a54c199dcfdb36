import { and, count, eq, isNull } from "drizzle-orm";
import { milestones } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { can } from "@/lib/domain/permissions";
import { actsForDepartment } from "@/lib/domain/scope";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import type { ZAddMilestoneSchema, ZCompleteMilestoneSchema } from "@/lib/validation/tasks";
import type { z } from "@/lib/validation/zod";
import { updateTaskAtVersion } from "./bump-task";
import { loadTaskForActor, type TLoadedTask } from "@/db/queries/tasks/load-task";
import { clock } from "@/lib/clock";

function assertOpen(loaded: TLoadedTask) {
  if (loaded.task.status === "completed" || loaded.task.status === "cancelled") throw new AppError("CONFLICT", "taskClosed");
}

/** 节点: a supervisor or the lead department's head adds one. */
export async function addMilestone(actor: TActor, input: z.output<typeof ZAddMilestoneSchema>) {
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    const allowed = can(actor, "task:edit") || (can(actor, "task:set_owner") && actsForDepartment(actor, loaded.leadDepartmentId));
    if (!allowed) throw new AppError("FORBIDDEN", "forbidden");
    assertOpen(loaded);
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
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    if (!can(actor, "task:report_progress") || !actsForDepartment(actor, loaded.leadDepartmentId)) {
      throw new AppError("FORBIDDEN", "notLeadDepartment");
    }
    if (loaded.task.status !== "in_progress") throw new AppError("CONFLICT", "wrongStatus");
    await updateTaskAtVersion(tx, loaded.task.id, input.version, {});
    const [done] = await tx
      .update(milestones)
      .set({ completedAt: clock.now(), completedBy: actor.id })
      .where(and(eq(milestones.id, input.milestoneId), eq(milestones.taskId, loaded.task.id), isNull(milestones.completedAt)))
      .returning();
    if (!done) throw new AppError("CONFLICT", "milestoneDone");
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
