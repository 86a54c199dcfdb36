import { eq, sql } from "drizzle-orm";
import { executeRows } from "@/db/execute-rows";
import { attachments } from "@/db/schema";
import { clock } from "@/lib/clock";
import { logger } from "@/lib/logger";
import { getFileStore } from "@/lib/storage";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import { evidenceKey, lockEvidenceFile } from "./evidence-files";
import { isUnlinked } from "./link-attachments";

/** An upload not linked to a report, answer, draft or task within this many days was abandoned (a form closed unsent). */
export const ABANDONED_UPLOAD_DAYS = 7;
// Rows deleted per transaction: one audit event names each batch's ids.
const BATCH = 500;

/** Deletes the evidence file unless some attachment row still names it; true when it was deleted. */
async function deleteFileIfUnused(sha256: string): Promise<boolean> {
  return inTransaction(async (tx) => {
    await lockEvidenceFile(tx, sha256, "alone");
    const [used] = await tx.select({ id: attachments.id }).from(attachments).where(eq(attachments.sha256, sha256)).limit(1);
    if (used) return false;
    await (await getFileStore()).delete(evidenceKey(sha256));
    return true;
  });
}

export type TPurgeResult = { uploads: number; files: number };

/**
 * The daily job's sweep of abandoned uploads: rows never linked and older than
 * ABANDONED_UPLOAD_DAYS go, audited, in batches; then each of their files that no other
 * row names (several rows may share one file, ADR 019). A link and the sweep take the row
 * in turn: a row a link holds is skipped (and linked, no longer matches); a link that comes
 * after the sweep took the row finds it gone and is refused like any unknown file.
 */
export async function purgeAbandonedUploads(now: Date = clock.now()): Promise<TPurgeResult> {
  const olderThan = new Date(now.getTime() - ABANDONED_UPLOAD_DAYS * 86_400_000);
  const result: TPurgeResult = { uploads: 0, files: 0 };
  const hashes = new Set<string>();
  for (;;) {
    const purged = await inTransaction(async (tx) => {
      // One batch, oldest first; rows a linking transaction holds are left to it (skipped, not waited for).
      const rows = await executeRows<{ id: string; sha256: string }>(
        tx,
        sql`with batch as (
            select id from attachments where ${isUnlinked} and created_at < ${olderThan.toISOString()}::timestamptz
            order by created_at limit ${BATCH} for update skip locked
          )
          delete from attachments a using batch where a.id = batch.id returning a.id, a.sha256`,
      );
      if (rows.length > 0) {
        await appendAuditEvent(tx, {
          actorId: null,
          action: "attachment.purge",
          entityType: "attachment",
          data: { attachmentIds: rows.map((r) => r.id), olderThan: olderThan.toISOString() },
        });
      }
      return rows;
    });
    for (const row of purged) hashes.add(row.sha256);
    result.uploads += purged.length;
    if (purged.length < BATCH) break;
  }
  for (const sha256 of hashes) if (await deleteFileIfUnused(sha256)) result.files += 1;
  if (result.uploads > 0) logger.info({ ...result, olderThan }, "abandoned uploads purged");
  return result;
}
