import { tasks } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { loadTagResolver, type TTagResolver, writeTaskTags } from "@/lib/services/indicator-tags/write-tags";
import { inTransaction } from "@/lib/services/transaction";
import type { TTaskCreate } from "@/lib/validation/tasks";
import { checkTaskReferences, insertMilestones, writeIndicators, writeTaskDepartments } from "./task-references";

type TCreateInput = Omit<TTaskCreate, "coLeadDepartmentIds" | "indicatorCodes"> & { coLeadDepartmentIds?: string[]; indicatorCodes?: string[] };

/**
 * A new task is a draft: it reaches departments when a supervisor publishes it.
 * Its indicator tags are resolved here (an unknown code is refused, naming it);
 * an import passes one resolver for all its rows.
 */
export async function createTask(actor: TActor, input: TCreateInput, options: { resolveTags?: TTagResolver } = {}) {
  const coLeadDepartmentIds = input.coLeadDepartmentIds ?? [];
  assertCan(actor, "task:create");
  return inTransaction(async (tx) => {
    const { planId } = await checkTaskReferences(tx, { ...input, cooperatingDepartmentIds: [...input.cooperatingDepartmentIds, ...coLeadDepartmentIds] });
    const written = input.indicatorCodes ?? [];
    const tags = written.length > 0 ? (options.resolveTags ?? (await loadTagResolver(tx)))(written) : { codes: [], indicatorIds: [] };
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
    await writeTaskTags(tx, task!.id, tags.indicatorIds, actor.id);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "task.create",
      entityType: "task",
      entityId: task!.id,
      data: { ...input, indicatorCodes: tags.codes },
      ip: actor.ip,
    });
    return task!;
  });
}
