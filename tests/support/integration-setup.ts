import { afterAll, beforeAll } from "vitest";
import { closeDb, getDbHandle, startMemoryDatabasesFrom } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { resetEnvForTests } from "@/lib/env";
import { auditTampered, unreadableAuditEvents } from "./audit-readable";
import { migratedPgliteFiles } from "./pglite-template";
import { createTestDatabase } from "./test-database";

// Each test file gets its own migrated database, so files run in parallel
// and never see each other's rows.
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  for (const [key, value] of Object.entries(database.env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  // Tests that checkpoint the audit chain name their own file (tests/integration/audit-anchor.test.ts).
  process.env.AUDIT_CHECKPOINT_FILE ??= "off";
  process.env.AUTH_SECRET ??= "integration-test-secret-that-is-long-enough-0123456789";
  resetEnvForTests();
  await closeDb();
  // PGlite: from a migrated database's files (the migrations below then find nothing to do).
  startMemoryDatabasesFrom(process.env.DATABASE_URL ? undefined : await migratedPgliteFiles());
  await migrateDatabase(await getDbHandle());
});

afterAll(async () => {
  // Whatever the file ran, every event its services wrote must read back
  // through its action's schema (lib/domain/audit-events.ts): a writer that
  // drifts from the vocabulary fails the file that exercised it. (A file that
  // left the database unreachable on purpose has nothing to check.)
  const check = auditTampered.value ? null : await unreadableAuditEvents().catch(() => null);
  await closeDb();
  await drop?.();
  if (check && check.unreadable.length > 0) {
    throw new Error(`audit events that do not match their action's schema: ${JSON.stringify(check.unreadable.slice(0, 5))}`);
  }
});
