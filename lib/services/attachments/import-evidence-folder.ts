import { createReadStream } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { getDb } from "@/db";
import { attachments } from "@/db/schema";
import type { TFileStore } from "@/lib/storage/file-store";
import { evidenceKey } from "./evidence-files";

export type TImportedEvidence = { imported: number; present: number; missing: string[] };

/**
 * Copies the evidence files an earlier version kept in a folder
 * (UPLOAD_DIR/ab/<sha-256>) into the store, for every hash an attachment row
 * names: those already stored are left alone, those absent from the folder
 * are reported. Run again, it imports nothing twice.
 */
export async function importEvidenceFolder(folder: string, store: TFileStore): Promise<TImportedEvidence> {
  const rows = await (await getDb()).selectDistinct({ sha256: attachments.sha256, mimeType: attachments.mimeType }).from(attachments);
  const onDisk = new Set((await readdir(folder, { recursive: true }).catch(() => [] as string[])).map((entry) => entry.split(path.sep).join("/")));
  const result: TImportedEvidence = { imported: 0, present: 0, missing: [] };
  for (const row of new Map(rows.map((r) => [r.sha256, r])).values()) {
    const key = evidenceKey(row.sha256);
    if (await store.exists(key)) result.present += 1;
    else if (!onDisk.has(key)) result.missing.push(row.sha256);
    else {
      await store.put(key, createReadStream(path.join(folder, key)), { contentType: row.mimeType });
      result.imported += 1;
    }
  }
  return result;
}
