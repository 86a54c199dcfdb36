import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { taskIndicatorCodes } from "@/db/queries/indicator-tags/catalogue";
import type { TActor } from "@/lib/domain/actor";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { updateTaskAtVersion } from "@/lib/services/tasks/bump-task";
import { assertTaskCapability, assertTaskRole } from "@/lib/services/tasks/task-capability";
import { inTransaction } from "@/lib/services/transaction";
import type { TTaskTagsInput } from "@/lib/validation/indicator-codes";
import { loadTagResolver, writeTaskTags } from "./write-tags";

/**
 * Replaces a task's indicator tags alone (PUT /tasks/{id}/indicator-codes): whoever may
 * edit the task, at the version they saw (409 when stale), unknown codes refused by name,
 * the tags, the version and the audit event in one transaction.
 */
export async function setTaskIndicatorCodes(actor: TActor, input: TTaskTagsInput) {
  assertTaskRole(actor, "edit");
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    assertTaskCapability(actor, loaded, "edit");
    const tags = (await loadTagResolver(tx))(input.indicatorCodes);
    const before = (await taskIndicatorCodes([input.id], tx)).get(input.id) ?? [];
    const task = await updateTaskAtVersion(tx, input.id, input.version, {});
    await writeTaskTags(tx, input.id, tags.indicatorIds, actor.id);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "task.tag",
      entityType: "task",
      entityId: input.id,
      data: { fromVersion: input.version, from: before, to: tags.codes },
      ip: actor.ip,
    });
    return task;
  });
}
