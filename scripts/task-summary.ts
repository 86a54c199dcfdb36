// npm run summary:check [-- --repair] — compares the task summary (ADR 017) with a full recount
// of the tasks, and 考核's and the cockpit cards' kept counts (ADR 021, 022) likewise; --repair recounts it as of today (the same roll the midnight job does).
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { assessmentNoticeDifferences, assessmentSummaryDifferences, cockpitCardDifferences } from "@/db/summary/assessment-summary";
import { rebuildTaskSummary, taskSummaryDifferences } from "@/db/summary/task-summary";
import { warningContext } from "@/lib/warning-context";
import { runWithDb } from "./run-with-db";

const repair = process.argv.includes("--repair");

await runWithDb(async () => {
  const db = await getDb();
  const context = warningContext();
  const [state] = await executeRows<{ as_of: string | null }>(db, sql`select as_of::text as as_of from task_summary_state where id = 1`);
  const differences = await taskSummaryDifferences(db);
  console.log(`Task summary as of ${state?.as_of ?? "never"} (today ${context.today}): ${differences.length ? `${differences.length} rows differ from a recount` : "equal to a full recount"}.`);
  for (const d of differences.slice(0, 20)) console.log(`  ${d.departmentId} ${d.role} ${d.status} ${d.bucket}: kept ${d.kept}, counted ${d.counted}`);
  const assessment = await assessmentSummaryDifferences(db);
  console.log(`Assessment summary: ${assessment.length ? `${assessment.length} rows differ from a recount` : "equal to a full recount"}.`);
  for (const d of assessment.slice(0, 20)) console.log(`  ${d.judge} ${d.dueYear} ${d.departmentId} ${d.role} ${d.outcome}: kept ${d.kept}, counted ${d.counted}`);
  const notices = await assessmentNoticeDifferences(db);
  console.log(`Assessment notice summary: ${notices.length ? `${notices.length} rows differ from a recount` : "equal to a full recount"}.`);
  for (const d of notices.slice(0, 20)) console.log(`  ${d.table} ${d.key}: kept ${d.kept}, counted ${d.counted}`);
  const cards = await cockpitCardDifferences(db);
  console.log(`Cockpit card summary: ${cards.length ? `${cards.length} rows differ from a recount` : "equal to a full recount"}.`);
  for (const d of cards.slice(0, 20)) console.log(`  ${d.kind} ${d.ref} ${d.ref2}: kept ${d.kept}, counted ${d.counted}`);
  if (repair) {
    const started = performance.now();
    await db.transaction((tx) => rebuildTaskSummary(tx, context));
    console.log(`Recounted as of ${context.today} in ${Math.round(performance.now() - started)} ms.`);
    return 0;
  }
  return differences.length || assessment.length || notices.length || cards.length ? 1 : 0;
});
