import { tasks } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import type { TTaskCreate } from "@/lib/validation/tasks";
import { checkTaskReferences, insertMilestones, writeIndicators, writeTaskDepartments } from "./task-references";

/** A new task is a draft: it reaches departments when a supervisor publishes it. */
export async function createTask(actor: TActor, input: Omit<TTaskCreate, "coLeadDepartmentIds"> & { coLeadDepartmentIds?: string[] }) {
  const coLeadDepartmentIds = input.coLeadDepartmentIds ?? [];
  assertCan(actor, "task:create");
  return inTransaction(async (tx) => {
    const { planId } = await checkTaskReferences(tx, { ...input, cooperatingDepartmentIds: [...input.cooperatingDepartmentIds, ...coLeadDepartmentIds] });
    const [task] = await tx
      .insert(tasks)
      .values({
        planId,
        goalId: input.goalId,
        title: input.title,
        description: input.description,
        priority: input.priority,
        ownerId: input.ownerId,
        startDate: input.startDate,
        dueDate: input.dueDate,
        createdBy: actor.id,
      })
      .returning();
    await writeTaskDepartments(tx, task!.id, input.leadDepartmentId, input.cooperatingDepartmentIds, coLeadDepartmentIds);
    await insertMilestones(tx, task!.id, input.milestones);
    await writeIndicators(tx, task!.id, input.indicators);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "task.create",
      entityType: "task",
      entityId: task!.id,
      data: { ...input },
      ip: actor.ip,
    });
    return task!;
  });
}
