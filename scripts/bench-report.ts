// npm run bench:report -- [--tasks 5000] [--runs 3] [--out report.docx]
//
// Time of the annual report draft at scale, not a test: fills a scratch
// database (a fresh database on TEST_DATABASE_URL's server when set, else an
// in-memory PGlite) with the demo plan and N tasks in it, then reads the
// snapshot, builds the draft and writes the .docx, a few times, and prints
// each stage's time (the budget: under 3 s for 5,000 tasks).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { closeDb, getDb, getDbHandle } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { users } from "@/db/schema";
import { seedDemo } from "@/lib/seed/seed-demo";
import type { TActor } from "@/lib/domain/actor";
import { openScratchDatabase } from "./bench/scratch-database";

// Queries are marked "server-only", which resolves (as in Next's server) only
// under the react-server condition: run again with it when it is missing.
if (!process.execArgv.includes("--conditions=react-server")) {
  const again = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(again.status ?? 1);
}
const { getPlanYearSnapshot } = await import("@/db/queries/annual-report/plan-year-snapshot");
const { buildAnnualReport } = await import("@/lib/domain/annual-report");
const { annualReportDocx } = await import("@/lib/documents/annual-report-docx");
const { fillPlanYear } = await import("@/tests/support/report-scale");

const { values } = parseArgs({ options: { tasks: { type: "string", default: "5000" }, runs: { type: "string", default: "3" }, out: { type: "string" } } });
const taskCount = Number(values.tasks);
const runs = Number(values.runs);
if (!Number.isInteger(taskCount) || taskCount < 1 || !Number.isInteger(runs) || runs < 1) throw new Error("--tasks and --runs take positive whole numbers");

const seconds = (from: number) => (performance.now() - from) / 1000;

const drop = await openScratchDatabase();
try {
  const handle = await getDbHandle();
  await migrateDatabase(handle);
  await seedDemo({ withTasks: false });
  const filling = performance.now();
  const planId = await fillPlanYear(taskCount);
  console.log(`database: ${handle.kind}; ${taskCount} tasks in the plan, filled in ${seconds(filling).toFixed(1)} s`);
  const [user] = await (await getDb()).select().from(users).where(eq(users.account, "supervisor"));
  const actor: TActor = { id: user!.id, account: user!.account, name: user!.name, roles: user!.roles, departmentId: null, sessionId: null, ip: null };
  console.log("run  snapshot  build  docx   total    cpu  (seconds; cpu: this process, which on PGlite includes the database)");
  for (let run = 1; run <= runs; run++) {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const snapshot = (await getPlanYearSnapshot(actor, planId))!;
    const t1 = performance.now();
    const report = buildAnnualReport(snapshot);
    const t2 = performance.now();
    const docx = await annualReportDocx(report);
    const t3 = performance.now();
    const used = process.cpuUsage(cpu);
    const cols = [(t1 - t0) / 1000, (t2 - t1) / 1000, (t3 - t2) / 1000, (t3 - t0) / 1000, (used.user + used.system) / 1e6].map((v) => v.toFixed(2).padStart(6));
    console.log(`${String(run).padStart(3)} ${cols.join(" ")}   (${report.paragraphs.length} paragraphs, ${(docx.length / 1024).toFixed(0)} KB .docx)`);
    if (values.out && run === runs) writeFileSync(values.out, docx);
  }
} finally {
  await closeDb();
  await drop();
}
