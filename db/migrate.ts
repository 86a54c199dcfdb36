import path from "node:path";
import type { DbHandle } from "./index";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Any constant shared by all instances: the advisory lock that lets several app
// instances start against one PostgreSQL without applying a migration twice.
const MIGRATION_LOCK_KEY = 724_311_001;

export async function migrateDatabase(handle: DbHandle): Promise<void> {
  if (handle.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const { drizzle } = await import("drizzle-orm/pglite");
    await migrate(drizzle(handle.client), { migrationsFolder });
    return;
  }
  // A dedicated single connection: the session-level lock and the migration
  // must run on the same connection.
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const single = postgres(handle.url, { max: 1, onnotice: () => {} });
  try {
    await single`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle(single), { migrationsFolder });
  } finally {
    await single`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    await single.end({ timeout: 5 });
  }
}
