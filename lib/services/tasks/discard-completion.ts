import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { clock } from "@/lib/clock";
import type { TActor } from "@/lib/domain/actor";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { notifyUsers } from "@/lib/services/notifications/notify";
import { inTransaction } from "@/lib/services/transaction";
import type { ZDiscardCompletionSchema } from "@/lib/validation/completion-drafts";
import type { z } from "@/lib/validation/zod";
import { updateTaskAtVersion } from "./bump-task";
import { closeOpenDraft } from "./completion-drafts";
import { assertTaskCapability, assertTaskRole } from "./task-capability";

/**
 * 退回 (the head) or 撤回 (an officer) a prepared 办结申请: the draft is closed as discarded and
 * keeps its evidence for the record; the preparer hears why when someone else returned it.
 */
export async function discardCompletion(actor: TActor, input: z.output<typeof ZDiscardCompletionSchema>) {
  assertTaskRole(actor, "discardCompletion");
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    assertTaskCapability(actor, loaded, "discardCompletion");
    const task = await updateTaskAtVersion(tx, loaded.task.id, input.version, {});
    const draft = await closeOpenDraft(tx, task.id, "discarded", actor.id, clock.now());
    if (!draft) throw new AppError("CONFLICT", "noCompletionDraft");
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "task.completion_discard",
      entityType: "task",
      entityId: task.id,
      data: { draftId: draft.id, preparedBy: draft.preparedBy, reason: input.reason },
      ip: actor.ip,
    });
    await notifyUsers(
      tx,
      [draft.preparedBy],
      { kind: "task.completion_returned", title: task.title, ...(input.reason ? { body: input.reason } : {}), link: `/tasks/${task.id}` },
      actor.id,
    );
    return { task, draft };
  });
}
