import { randomUUID } from "node:crypto";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Where a file with this content lives: UPLOAD_DIR/ab/abcdef… (content
 * addressed, so equal files are stored once; 256 sub-folders keep folders
 * small). The hash is checked so that no value can point outside the folder.
 */
export function uploadPathFor(sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new Error(`not a sha-256 hex digest: ${sha256}`);
  return path.join(path.resolve(getEnv().UPLOAD_DIR), sha256.slice(0, 2), sha256);
}

/**
 * Stores the bytes under their hash unless that file is already there. The
 * bytes go to a temporary file first, are flushed, and are renamed into place
 * (atomic on one file system): a crash leaves no half file under a hash, and
 * two uploads of the same content at once both rename complete copies.
 */
export async function writeContentAddressed(sha256: string, bytes: Uint8Array): Promise<void> {
  const target = uploadPathFor(sha256);
  if (await hasSize(target, bytes.byteLength)) return;
  const temporaryDir = path.join(path.resolve(getEnv().UPLOAD_DIR), ".tmp");
  await Promise.all([mkdir(path.dirname(target), { recursive: true }), mkdir(temporaryDir, { recursive: true })]);
  const temporary = path.join(temporaryDir, `${sha256}.${randomUUID()}`);
  try {
    const handle = await open(temporary, "wx", 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function hasSize(file: string, size: number): Promise<boolean> {
  try {
    return (await stat(file)).size === size;
  } catch {
    return false;
  }
}
