import { and, eq, inArray } from "drizzle-orm";
import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { attachments, completionDrafts } from "@/db/schema";
import { clock } from "@/lib/clock";
import type { TActor } from "@/lib/domain/actor";
import { linkAttachments } from "@/lib/services/attachments/link-attachments";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { departmentUserIds, notifyUsers } from "@/lib/services/notifications/notify";
import { inTransaction } from "@/lib/services/transaction";
import type { ZPrepareCompletionSchema } from "@/lib/validation/completion-drafts";
import type { z } from "@/lib/validation/zod";
import { updateTaskAtVersion } from "./bump-task";
import { closeOpenDraft } from "./completion-drafts";
import { assertTaskCapability, assertTaskRole } from "./task-capability";

/**
 * 准备办结申请: the lead department's 联络员 writes the 办结说明 and attaches evidence for the
 * head to submit in one click. Preparing again replaces the open draft (files of it the
 * officer keeps move to the new one). The task's version moves on, so the head's click is
 * judged against exactly the draft shown, and a stale form is refused (409).
 */
export async function prepareCompletion(actor: TActor, input: z.output<typeof ZPrepareCompletionSchema>) {
  assertTaskRole(actor, "prepareCompletion");
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    assertTaskCapability(actor, loaded, "prepareCompletion");
    const now = clock.now();
    const task = await updateTaskAtVersion(tx, loaded.task.id, input.version, {});
    const replaced = await closeOpenDraft(tx, task.id, "replaced", actor.id, now);
    const [draft] = await tx
      .insert(completionDrafts)
      .values({ taskId: task.id, note: input.note, preparedBy: actor.id, preparedAt: now, taskVersion: input.version })
      .returning();
    const ids = [...new Set(input.attachmentIds)];
    const kept = replaced && ids.length
      ? await tx
          .update(attachments)
          .set({ completionDraftId: draft!.id })
          .where(and(eq(attachments.completionDraftId, replaced.id), inArray(attachments.id, ids)))
          .returning({ id: attachments.id })
      : [];
    const keptIds = new Set(kept.map((k) => k.id));
    await linkAttachments(tx, actor, ids.filter((id) => !keptIds.has(id)), { taskId: task.id, completionDraftId: draft!.id });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "task.completion_prepare",
      entityType: "task",
      entityId: task.id,
      data: { draftId: draft!.id, replacedDraftId: replaced?.id ?? null, note: input.note, attachments: ids.length, taskVersion: input.version },
      ip: actor.ip,
    });
    const heads = await departmentUserIds(tx, [loaded.leadDepartmentId], ["dept_head"]);
    await notifyUsers(tx, heads, { kind: "task.completion_prepared", title: task.title, link: `/tasks/${task.id}` }, actor.id);
    return { task, draft: draft! };
  });
}
