import { closeDb, getDbHandle, type DbHandle } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { sealAuditEvents } from "@/lib/services/audit/seal-audit-events";

/**
 * For command-line scripts: open the configured database, migrate it, run,
 * seal the audit events the script wrote (no server sealer may be running,
 * ADR 018), close. `seal: false` for a script that must only read.
 */
export async function runWithDb(task: (handle: DbHandle) => Promise<number | void>, options: { seal?: boolean } = {}): Promise<void> {
  let code = 0;
  try {
    const handle = await getDbHandle();
    await migrateDatabase(handle);
    code = (await task(handle)) ?? 0;
    if (options.seal !== false) await sealAuditEvents();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  } finally {
    await closeDb().catch(() => {});
  }
  process.exit(code);
}
