import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { completionDrafts, type TCompletionDraft } from "@/db/schema";
import type { TCompletionDraftStatus } from "@/lib/domain/codes";

/**
 * Closes the task's open prepared 办结申请 with its outcome, and returns it (null when none
 * was open). The caller holds the task's row lock, so no one opens another meanwhile.
 */
export async function closeOpenDraft(
  tx: Tx,
  taskId: string,
  outcome: Exclude<TCompletionDraftStatus, "open">,
  actorId: string,
  now: Date,
): Promise<TCompletionDraft | null> {
  const [closed] = await tx
    .update(completionDrafts)
    .set({ status: outcome, closedBy: actorId, closedAt: now })
    .where(and(eq(completionDrafts.taskId, taskId), eq(completionDrafts.status, "open")))
    .returning();
  return closed ?? null;
}
