import { and, eq } from "drizzle-orm";
import { extensionRequests } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { departmentUserIds, notifyUsers } from "@/lib/services/notifications/notify";
import { inTransaction } from "@/lib/services/transaction";
import type { ZExtensionDecisionSchema } from "@/lib/validation/tasks";
import type { z } from "@/lib/validation/zod";
import { updateTaskAtVersion } from "./bump-task";
import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { assertTaskCapability, assertTaskRole } from "./task-capability";
import { clock } from "@/lib/clock";

/**
 * A supervisor approves or rejects a pending extension. Approval moves the
 * due date; the original (at publication) stays in original_due_date for
 * assessment. A rejection needs a reason.
 */
export async function decideExtension(actor: TActor, input: z.output<typeof ZExtensionDecisionSchema>) {
  assertTaskRole(actor, "decideExtension");
  if (!input.approve && !input.reason) {
    throw new AppError("RULE", "reasonRequired", { fieldErrors: { reason: ["reasonRequired"] } });
  }
  return inTransaction(async (tx) => {
    const [request] = await tx.select().from(extensionRequests).where(eq(extensionRequests.id, input.id)).for("update");
    if (!request) throw new AppError("NOT_FOUND", "notFound");
    const loaded = await loadTaskForActor(tx, actor, request.taskId, { lock: true });
    if (request.status !== "pending") throw new AppError("CONFLICT", "extensionDecided");
    assertTaskCapability(actor, loaded, "decideExtension");
    const [decided] = await tx
      .update(extensionRequests)
      .set({ status: input.approve ? "approved" : "rejected", decidedBy: actor.id, decidedAt: clock.now(), decisionReason: input.reason })
      .where(and(eq(extensionRequests.id, request.id), eq(extensionRequests.status, "pending")))
      .returning();
    if (!decided) throw new AppError("CONFLICT", "extensionDecided");
    const task = await updateTaskAtVersion(
      tx,
      loaded.task.id,
      loaded.task.version,
      input.approve ? { dueDate: request.requestedDueDate, originalDueDate: loaded.task.originalDueDate ?? loaded.task.dueDate } : {},
    );
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: input.approve ? "task.extension_approve" : "task.extension_reject",
      entityType: "task",
      entityId: task.id,
      data: { requestId: request.id, from: request.currentDueDate, to: request.requestedDueDate, reason: input.reason },
      ip: actor.ip,
    });
    await notifyUsers(
      tx,
      await departmentUserIds(tx, [loaded.leadDepartmentId]),
      { kind: input.approve ? "extension.approved" : "extension.rejected", title: task.title, ...(input.reason ? { body: input.reason } : {}), link: `/tasks/${task.id}` },
      actor.id,
    );
    return { request: decided, task };
  });
}
