import { closeDb, getDbHandle, type DbHandle } from "@/db";
import { migrateDatabase } from "@/db/migrate";

/** For command-line scripts: open the configured database, migrate it, run, close. */
export async function runWithDb(task: (handle: DbHandle) => Promise<number | void>): Promise<void> {
  let code = 0;
  try {
    const handle = await getDbHandle();
    await migrateDatabase(handle);
    code = (await task(handle)) ?? 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  } finally {
    await closeDb().catch(() => {});
  }
  process.exit(code);
}
