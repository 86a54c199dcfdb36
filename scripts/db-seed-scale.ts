// npm run db:seed:scale -- [--tasks 100000] [--departments 300] [--users 3000] [--reset]
//
// Loads a provincial-scale data set into the PostgreSQL database named by
// DATABASE_URL, for benchmarks (npm run bench) and query plans. PostgreSQL
// only: the load is a few hundred MB of set-based SQL, and a PGlite folder
// belongs to the server process (see README).
import { sql } from "drizzle-orm";
import { parseScaleArgs } from "@/lib/seed/scale/scale-options";
import { resetScaleDatabase, scaleDatabaseState, seedScale } from "@/lib/seed/scale/seed-scale";
import { SCALE_PASSWORD, SCALE_SUPERVISOR } from "@/lib/seed/scale/scale-users";
import { runWithDb } from "./run-with-db";

if (!process.env.DATABASE_URL) {
  console.error("db:seed:scale needs DATABASE_URL (a PostgreSQL database, ideally a fresh one: createdb -h 127.0.0.1 -U postgres dudao_bench).");
  process.exit(1);
}
let options: ReturnType<typeof parseScaleArgs>;
try {
  options = parseScaleArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

await runWithDb(async ({ kind, db }) => {
  if (kind !== "postgres") {
    console.error("db:seed:scale runs on PostgreSQL only.");
    return 1;
  }
  const state = await scaleDatabaseState(db);
  if (state !== "empty" && !options.reset) {
    console.error(
      state === "scale"
        ? "This database already holds scale data: run again with --reset to replace it."
        : "This database already holds data that is not scale data: use a fresh database (createdb) instead.",
    );
    return 1;
  }
  const started = performance.now();
  if (state === "scale") {
    await resetScaleDatabase(db);
    console.log(`Emptied the earlier scale data in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
  // drizzle's message names the failed statement; PostgreSQL's reason is its cause.
  const result = await seedScale(db, options).catch((error: unknown) => {
    if (error instanceof Error && error.cause) console.error(String(error.cause));
    throw error;
  });
  const analyzing = performance.now();
  // VACUUM as well as ANALYZE: a bulk load leaves the visibility map empty, so
  // without it no index-only scan is possible until autovacuum comes round,
  // and the first plans would not be those of a database in steady use.
  await db.execute(sql`vacuum analyze`);
  result.timings.push(["vacuum analyze", (performance.now() - analyzing) / 1000]);
  console.log(
    `Loaded ${result.departments} departments, ${result.users} accounts, ${result.goals} goals, ${result.tasks} tasks ` +
      `(${result.taskDepartments} department links, ${result.progressReports} progress reports) and ${result.notices} notices.`,
  );
  for (const [label, seconds] of result.timings) console.log(`  ${label.padEnd(30)} ${seconds.toFixed(1)} s`);
  console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`Every account's password is ${SCALE_PASSWORD}; the supervisor is ${SCALE_SUPERVISOR}, department heads d0001_head1…, officers d0001_o001….`);
});
