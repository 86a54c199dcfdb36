import { extensionRequests } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { notifyUsers, supervisorUserIds } from "@/lib/services/notifications/notify";
import { inTransaction } from "@/lib/services/transaction";
import type { ZExtensionRequestSchema } from "@/lib/validation/tasks";
import type { z } from "@/lib/validation/zod";
import { updateTaskAtVersion } from "./bump-task";
import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { clock } from "@/lib/clock";
import { assertTaskCapability, assertTaskRole } from "./task-capability";

/**
 * 延期申请 by the lead department's head: only up to the due date (an overdue
 * task cannot be rescued by asking), one pending at a time, at most
 * EXTENSION_MAX_REQUESTS per task, and for a later date. Without a version
 * (the API makes it optional) the request applies to the task as it is now:
 * the row is locked, and the request overwrites none of its fields.
 */
export async function requestExtension(
  actor: TActor,
  input: Omit<z.output<typeof ZExtensionRequestSchema>, "version"> & { version?: number | undefined },
  now = clock.now(),
) {
  assertTaskRole(actor, "requestExtension");
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    const { task } = loaded;
    assertTaskCapability(actor, loaded, "requestExtension", now);
    if (input.requestedDueDate <= task.dueDate!) {
      throw new AppError("VALIDATION", "validationFailed", { fieldErrors: { requestedDueDate: ["extensionNotLater"] } });
    }
    // The request changes what may happen to the task, so it moves its version too.
    await updateTaskAtVersion(tx, task.id, input.version ?? task.version, {});
    const [request] = await tx
      .insert(extensionRequests)
      .values({ taskId: task.id, requestedBy: actor.id, currentDueDate: task.dueDate!, requestedDueDate: input.requestedDueDate, reason: input.reason })
      .returning();
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "task.extension_request",
      entityType: "task",
      entityId: task.id,
      data: { requestId: request!.id, from: task.dueDate, to: input.requestedDueDate, reason: input.reason },
      ip: actor.ip,
    });
    await notifyUsers(tx, await supervisorUserIds(tx), { kind: "extension.requested", title: task.title, link: `/tasks/${task.id}` }, actor.id);
    return request!;
  });
}

