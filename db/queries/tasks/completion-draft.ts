import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { attachments, completionDrafts, users } from "@/db/schema";

export type TCompletionDraftView = {
  id: string;
  note: string;
  preparedByName: string;
  preparedAt: Date;
  attachments: { id: string; name: string; size: number }[];
};

/**
 * The task's open prepared 办结申请 (what the head submits in one click), or, given the id a
 * task.submit event recorded, the submitted one (its evidence belongs to the current request).
 */
export async function completionDraftView(db: DbOrTx, taskId: string, which: { open: true } | { id: string }): Promise<TCompletionDraftView | null> {
  const where = "open" in which ? and(eq(completionDrafts.taskId, taskId), eq(completionDrafts.status, "open")) : and(eq(completionDrafts.taskId, taskId), eq(completionDrafts.id, which.id));
  const [draft] = await db
    .select({ id: completionDrafts.id, note: completionDrafts.note, preparedByName: users.name, preparedAt: completionDrafts.preparedAt })
    .from(completionDrafts)
    .innerJoin(users, eq(users.id, completionDrafts.preparedBy))
    .where(where);
  if (!draft) return null;
  const files = await db
    .select({ id: attachments.id, name: attachments.originalName, size: attachments.size })
    .from(attachments)
    .where(eq(attachments.completionDraftId, draft.id))
    .orderBy(asc(attachments.createdAt));
  return { ...draft, attachments: files };
}
