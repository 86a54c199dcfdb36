import type { Tx } from "@/db";
import { noticeTasks, notices } from "@/db/schema";
import type { TNoticeKind } from "@/lib/domain/codes";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";

export type TNoticeDraft = {
  kind: TNoticeKind;
  /** Null for a circular (通报), which goes to every department. */
  departmentId: string | null;
  taskIds: string[];
  title: string;
  content: string;
  responseDueDate: string | null;
};

/**
 * A notice in draft: no number yet; a supervisor reviews it, may edit it, and
 * sends it (send-draft-notice.ts numbers it then). `actorId` null: the daily job.
 */
export async function draftNotice(tx: Tx, draft: TNoticeDraft, actorId: string | null, audit: { ip?: string | null; data?: Record<string, unknown> } = {}) {
  const [notice] = await tx
    .insert(notices)
    .values({ kind: draft.kind, status: "draft", departmentId: draft.departmentId, title: draft.title, content: draft.content, responseDueDate: draft.responseDueDate, createdBy: actorId })
    .returning();
  if (draft.taskIds.length) await tx.insert(noticeTasks).values(draft.taskIds.map((taskId) => ({ noticeId: notice!.id, taskId })));
  await appendAuditEvent(tx, {
    actorId,
    action: "notice.draft",
    entityType: "notice",
    entityId: notice!.id,
    data: { taskIds: draft.taskIds, kind: draft.kind, ...audit.data },
    ip: audit.ip ?? null,
  });
  return notice!;
}
