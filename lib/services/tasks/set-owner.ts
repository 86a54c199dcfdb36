import type { TActor } from "@/lib/domain/actor";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { notifyUsers } from "@/lib/services/notifications/notify";
import { inTransaction } from "@/lib/services/transaction";
import type { ZSetOwnerSchema } from "@/lib/validation/tasks";
import type { z } from "@/lib/validation/zod";
import { updateTaskAtVersion } from "./bump-task";
import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { checkTaskReferences } from "./task-references";
import { assertTaskCapability, assertTaskRole } from "./task-capability";

/** 责任人: set by the lead department's head (or a supervisor), chosen among the lead department's people. */
export async function setTaskOwner(actor: TActor, input: z.output<typeof ZSetOwnerSchema>) {
  assertTaskRole(actor, "setOwner");
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    assertTaskCapability(actor, loaded, "setOwner");
    await checkTaskReferences(tx, { goalId: null, leadDepartmentId: loaded.leadDepartmentId, cooperatingDepartmentIds: [], ownerId: input.ownerId });
    const task = await updateTaskAtVersion(tx, loaded.task.id, input.version, { ownerId: input.ownerId });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "task.set_owner",
      entityType: "task",
      entityId: task.id,
      data: { from: loaded.task.ownerId, to: input.ownerId },
      ip: actor.ip,
    });
    if (input.ownerId) await notifyUsers(tx, [input.ownerId], { kind: "task.owner", title: task.title, link: `/tasks/${task.id}` }, actor.id);
    return task;
  });
}
