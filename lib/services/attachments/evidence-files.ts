import { sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { getFileStore } from "@/lib/storage";
import type { TStoredFileInfo } from "@/lib/storage/file-store";

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The key of an evidence file: its content's hash under a folder of its first
 * two digits ("ab/abcdef…"), so equal files are stored once, and so files
 * that earlier versions wrote to UPLOAD_DIR keep their place in the folder store.
 */
export function evidenceKey(sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new Error(`not a sha-256 hex digest: ${sha256}`);
  return `${sha256.slice(0, 2)}/${sha256}`;
}

/**
 * Stores evidence bytes under their hash unless a file of that size is
 * already there (equal hash and size: the same content, stored once). Two
 * uploads of the same content at once both write complete copies; the store
 * keeps one.
 */
export async function putEvidenceFile(sha256: string, bytes: Uint8Array, contentType: string): Promise<void> {
  const store = await getFileStore();
  const key = evidenceKey(sha256);
  if ((await store.stat(key))?.size === bytes.byteLength) return;
  await store.put(key, bytes, { contentType });
}

/** The evidence file as a stream, or null when the store has none under that hash. */
export async function openEvidenceFile(sha256: string): Promise<(TStoredFileInfo & { body: ReadableStream<Uint8Array> }) | null> {
  return (await getFileStore()).stream(evidenceKey(sha256));
}

/**
 * The lock that keeps an evidence file's deletion and a new row naming it apart (ADR 019):
 * an upload holds it shared from the moment it makes sure its file is there until its row
 * commits; the purge holds it alone while it finds no row naming the file and deletes it.
 */
export async function lockEvidenceFile(tx: Tx, sha256: string, mode: "shared" | "alone"): Promise<void> {
  const key = sql`hashtextextended(${`evidence:${sha256}`}, 0)`;
  await tx.execute(mode === "shared" ? sql`select pg_advisory_xact_lock_shared(${key})` : sql`select pg_advisory_xact_lock(${key})`);
}
