import { getDb, getDbHandle } from "@/db";
import { getEnv } from "@/lib/env";
import { databaseFileStore } from "./database-file-store";
import type { TFileStore } from "./file-store";
import { folderFileStore } from "./folder-file-store";

/**
 * The app's file store: in PostgreSQL when DATABASE_URL is set (every
 * instance shares it), in UPLOAD_DIR on the embedded database (one process).
 * Chosen per call, not cached: tests switch databases and folders.
 */
export async function getFileStore(): Promise<TFileStore> {
  const handle = await getDbHandle();
  return handle.kind === "postgres" ? databaseFileStore(getDb) : folderFileStore(getEnv().UPLOAD_DIR);
}
