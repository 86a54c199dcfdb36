import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { attachments } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { ZId } from "@/lib/validation/common";

export type TAttachmentTarget = { taskId: string | null; progressReportId?: string | null; noticeId?: string | null; completionDraftId?: string | null };

const attachmentInvalid = () => new AppError("VALIDATION", "validationFailed", { fieldErrors: { attachmentIds: ["attachmentInvalid"] } });

/** An upload not yet linked to anything: the only kind a form may link, and the kind the daily purge removes when old. */
export const isUnlinked = and(isNull(attachments.taskId), isNull(attachments.progressReportId), isNull(attachments.noticeId), isNull(attachments.completionDraftId));

/**
 * Links the actor's freshly uploaded files to what they are evidence for,
 * inside the caller's transaction (which has already checked that the actor
 * may write to that task, report or notice). Only one's own, not yet linked
 * files qualify: an id seen in someone else's form cannot be re-used to copy
 * their file into another task. The rows are locked, so two transactions
 * cannot both link one file.
 */
export async function linkAttachments(tx: Tx, actor: TActor, attachmentIds: readonly string[], target: TAttachmentTarget): Promise<void> {
  const ids = [...new Set(attachmentIds)];
  if (ids.length === 0) return;
  if (!target.taskId && !target.noticeId) throw new Error("linkAttachments needs a task or a notice");
  if (!ids.every((id) => ZId.safeParse(id).success)) throw attachmentInvalid();

  const mine = and(inArray(attachments.id, ids), eq(attachments.uploadedBy, actor.id), isUnlinked);
  const linkable = await tx.select({ id: attachments.id }).from(attachments).where(mine).for("update");
  if (linkable.length !== ids.length) throw attachmentInvalid();
  await tx
    .update(attachments)
    .set({ taskId: target.taskId, progressReportId: target.progressReportId ?? null, noticeId: target.noticeId ?? null, completionDraftId: target.completionDraftId ?? null })
    .where(mine);
  await appendAuditEvent(tx, {
    actorId: actor.id,
    action: "attachment.link",
    entityType: target.taskId ? "task" : "notice",
    entityId: target.taskId ?? target.noticeId ?? null,
    data: { attachmentIds: ids, ...target },
    ip: actor.ip,
  });
}
