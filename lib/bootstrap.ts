import { getDbHandle } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-departments";
import { seedDemo } from "@/lib/seed/seed-demo";
import { assessmentRules } from "@/lib/assessment-rules";
import { getEnv } from "@/lib/env";
import { startScheduler } from "@/lib/jobs/scheduler";
import { logger } from "@/lib/logger";
import { startAuditCheckpoints } from "@/lib/services/audit/anchor/write-checkpoint";
import { startAuditSealer } from "@/lib/services/audit/seal-audit-events";

/**
 * The demo district loads into an empty embedded database unless SEED_DEMO=false;
 * on a PostgreSQL server (DATABASE_URL), which is a real installation, only
 * when SEED_DEMO=true says so.
 */
export function shouldLoadDemo(seedDemo: boolean | undefined, database: "pglite" | "postgres"): boolean {
  return seedDemo ?? database === "pglite";
}

/**
 * Runs once per server start, before the first request: validate the
 * configuration, open the database, apply migrations and, on the embedded
 * database (or with SEED_DEMO=true), load the demo district when it is empty.
 */
export async function bootstrap(): Promise<void> {
  const env = getEnv();
  assessmentRules();
  const handle = await getDbHandle();
  await migrateDatabase(handle);
  const wantDemo = shouldLoadDemo(env.SEED_DEMO, handle.kind);
  const seed = wantDemo ? await seedDemo() : { seeded: false };
  if (process.env.DISABLE_SCHEDULER !== "true") await startScheduler(handle);
  // Chains committed audit events (ADR 018), then the anchor outside the database: signed checkpoints of the sealed head.
  startAuditSealer();
  startAuditCheckpoints();
  const where = handle.kind === "pglite" ? `embedded PGlite at ${env.PGLITE_DIR}` : "PostgreSQL (DATABASE_URL)";
  logger.info({ database: handle.kind, seeded: seed.seeded }, "database ready");
  const port = process.env.PORT ?? "3000";
  const lines = [`Dudao is running at http://localhost:${port} on ${where}.`];
  if (wantDemo) {
    lines.push(`Demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.account).join(", ")}`);
  }
  console.log(lines.join("\n"));
}

/**
 * A server that cannot reach or migrate its database must not limp on,
 * answering every request with an error: say why and stop.
 */
export async function bootstrapOrExit(): Promise<void> {
  try {
    await bootstrap();
  } catch (error) {
    console.error(`Dudao could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
