import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { attachments, notices, type TAttachment } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { isNoticeVisible } from "@/lib/domain/notice-visibility";
import { AppError, isAppError, notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { ZId } from "@/lib/validation/common";
import { openEvidenceFile } from "./evidence-files";

export type TOpenedAttachment = { attachment: TAttachment; body: ReadableStream<Uint8Array> };

/**
 * An attachment the actor may download, with its file as a stream from the
 * shared file store (any instance of the app serves any file).
 * The uploader may always; anyone else only when every record it is linked
 * to is visible to them. Whatever they may not see is NOT_FOUND, exactly as
 * an unknown id, so ids cannot be probed. Reads are not audited.
 */
export async function openAttachmentForActor(actor: TActor, id: string): Promise<TOpenedAttachment> {
  if (!ZId.safeParse(id).success) throw notFound();
  const db = await getDb();
  const [attachment] = await db.select().from(attachments).where(eq(attachments.id, id));
  if (!attachment || !(await mayOpen(db, actor, attachment))) throw notFound();
  const file = await openEvidenceFile(attachment.sha256);
  if (!file) {
    logger.error({ attachmentId: id, sha256: attachment.sha256 }, "attachment file missing from the file store");
    throw new AppError("INTERNAL", "generic");
  }
  return { attachment, body: file.body };
}

async function mayOpen(db: DbOrTx, actor: TActor, attachment: TAttachment): Promise<boolean> {
  if (attachment.uploadedBy === actor.id) return true;
  // Not yet linked: a draft of the uploader's, nobody else's business.
  if (!attachment.taskId && !attachment.noticeId) return false;
  if (attachment.taskId && !(await isTaskVisibleTo(db, actor, attachment.taskId))) return false;
  if (attachment.noticeId && !(await isNoticeVisibleTo(db, actor, attachment.noticeId))) return false;
  return true;
}

async function isTaskVisibleTo(db: DbOrTx, actor: TActor, taskId: string): Promise<boolean> {
  try {
    await loadTaskForActor(db, actor, taskId);
    return true;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return false;
    throw error;
  }
}

async function isNoticeVisibleTo(db: DbOrTx, actor: TActor, noticeId: string): Promise<boolean> {
  const [notice] = await db
    .select({ kind: notices.kind, status: notices.status, departmentId: notices.departmentId })
    .from(notices)
    .where(eq(notices.id, noticeId));
  return !!notice && isNoticeVisible(actor, notice);
}
