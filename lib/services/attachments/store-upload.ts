import { createHash } from "node:crypto";
import { attachments } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { can, type TPermission } from "@/lib/domain/permissions";
import { checkUpload } from "@/lib/domain/upload-policy";
import { getEnv } from "@/lib/env";
import { forbidden } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import { uploadRefusal } from "./upload-refusal";
import { lockEvidenceFile, putEvidenceFile } from "./evidence-files";

// Whoever may attach evidence somewhere: a progress report, a notice answer
// (or its draft), or a task being edited by a supervisor.
const UPLOAD_PERMISSIONS: readonly TPermission[] = ["task:report_progress", "notice:respond", "notice:draft_response", "task:edit"];

export type TStoredUpload = { id: string; name: string; size: number; mimeType: string };

/**
 * Stores an evidence file, not yet linked to anything (the report or answer
 * that uses it links it in its own transaction). A refused file writes
 * nothing. The file is written to the shared file store (lib/storage) before
 * its row, so a row never names a missing file; if the transaction then fails, the file stays as an orphan,
 * harmless (content-addressed) and not deleted here because a concurrent
 * upload of the same content may already rely on it. The daily purge of abandoned
 * uploads may delete a file of the same content between the write and the row: under
 * the file's lock the row is only written once the file is there (written again if not).
 */
export async function storeUpload(actor: TActor, input: { name: string; bytes: Uint8Array }): Promise<TStoredUpload> {
  if (!UPLOAD_PERMISSIONS.some((permission) => can(actor, permission))) throw forbidden();
  const maxBytes = getEnv().UPLOAD_MAX_BYTES;
  const checked = await checkUpload({ bytes: input.bytes, declaredName: input.name, size: input.bytes.byteLength, maxBytes });
  if (!checked.ok) throw uploadRefusal(checked.refusal, maxBytes);

  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  await putEvidenceFile(sha256, input.bytes, checked.mimeType);
  return inTransaction(async (tx) => {
    await lockEvidenceFile(tx, sha256, "shared");
    // Written again only if a purge deleted it since (a stat otherwise).
    await putEvidenceFile(sha256, input.bytes, checked.mimeType);
    const [row] = await tx
      .insert(attachments)
      .values({ sha256, size: input.bytes.byteLength, mimeType: checked.mimeType, originalName: checked.fileName, uploadedBy: actor.id })
      .returning();
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "attachment.upload",
      entityType: "attachment",
      entityId: row!.id,
      data: { name: row!.originalName, size: row!.size, mimeType: row!.mimeType, sha256 },
      ip: actor.ip,
    });
    return { id: row!.id, name: row!.originalName, size: row!.size, mimeType: row!.mimeType };
  });
}
