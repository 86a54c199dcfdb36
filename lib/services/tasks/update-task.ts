import { eq } from "drizzle-orm";
import { milestones } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { departmentUserIds, notifyUsers } from "@/lib/services/notifications/notify";
import { loadTagResolver, writeTaskTags } from "@/lib/services/indicator-tags/write-tags";
import { inTransaction } from "@/lib/services/transaction";
import type { ZTaskUpdateSchema } from "@/lib/validation/tasks";
import type { z } from "@/lib/validation/zod";
import { updateTaskAtVersion } from "./bump-task";
import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { assertTaskCapability, assertTaskRole } from "./task-capability";
import { checkTaskReferences, insertMilestones, writeIndicators, writeTaskDepartments } from "./task-references";

/**
 * A supervisor edits a task that is not closed. Changing the lead department
 * of a published task is a reassignment (its own permission) and tells the
 * new department. Milestones already completed are kept; the open ones are
 * replaced by the form's list.
 */
export async function updateTask(actor: TActor, input: z.output<typeof ZTaskUpdateSchema>) {
  assertTaskRole(actor, "edit");
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    assertTaskCapability(actor, loaded, "edit");
    const reassigned = loaded.leadDepartmentId !== input.leadDepartmentId;
    if (reassigned && loaded.task.status !== "draft") assertCan(actor, "task:reassign");
    if (loaded.task.status !== "draft" && !input.leadDepartmentId) {
      throw new AppError("VALIDATION", "validationFailed", { fieldErrors: { leadDepartmentId: ["required"] } });
    }
    if (loaded.task.status !== "draft" && !input.dueDate) {
      throw new AppError("VALIDATION", "validationFailed", { fieldErrors: { dueDate: ["required"] } });
    }
    const { planId } = await checkTaskReferences(tx, input);
    // Tags left out of the input are kept; given, they replace the task's tags.
    const tags = input.indicatorCodes === undefined ? null : (await loadTagResolver(tx))(input.indicatorCodes);
    const updated = await updateTaskAtVersion(tx, input.id, input.version, {
      planId,
      goalId: input.goalId,
      title: input.title,
      description: input.description,
      priority: input.priority,
      ownerId: input.ownerId,
      startDate: input.startDate,
      dueDate: input.dueDate,
    });
    // The form edits cooperating departments; a co-lead it keeps stays a co-lead.
    const coLeads = loaded.coLeadDepartmentIds.filter((id) => input.cooperatingDepartmentIds.includes(id));
    await writeTaskDepartments(tx, input.id, input.leadDepartmentId, input.cooperatingDepartmentIds, coLeads);
    const kept = await tx.select().from(milestones).where(eq(milestones.taskId, input.id));
    const completed = kept.filter((m) => m.completedAt);
    for (const m of kept.filter((m) => !m.completedAt)) await tx.delete(milestones).where(eq(milestones.id, m.id));
    await insertMilestones(tx, input.id, input.milestones, completed.length);
    await writeIndicators(tx, input.id, input.indicators);
    if (tags) await writeTaskTags(tx, input.id, tags.indicatorIds, actor.id);
    const { id, version, ...rest } = input;
    const fields = tags ? { ...rest, indicatorCodes: tags.codes } : rest;
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: reassigned && loaded.task.status !== "draft" ? "task.reassign" : "task.update",
      entityType: "task",
      entityId: id,
      data: { fromVersion: version, fields, previousLeadDepartmentId: loaded.leadDepartmentId },
      ip: actor.ip,
    });
    if (reassigned && loaded.task.status !== "draft") {
      await notifyUsers(tx, await departmentUserIds(tx, [input.leadDepartmentId]), { kind: "task.publish", title: updated.title, link: `/tasks/${id}` }, actor.id);
    }
    return updated;
  });
}
