import { afterAll, beforeAll } from "vitest";
import { closeDb, getDbHandle } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { resetEnvForTests } from "@/lib/env";
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
  await migrateDatabase(await getDbHandle());
});

afterAll(async () => {
  await closeDb();
  await drop?.();
});
