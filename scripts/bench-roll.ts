// npm run bench:roll -- [--mode chunked|full] [--writers 4]
//
// How long a task write waits while the task summary rolls to the next day (issue 17,
// ADR 017). `writers` connections each move a random open task's due date by a day,
// one transaction after another, for 2 s alone and then while the roll runs: `full` is
// the recount under the exclusive lock (task_summary_rebuild), `chunked` the midnight
// job's roll. Prints the roll's duration, the writes' latencies, and the consistency
// check after. PostgreSQL (DATABASE_URL) seeded with `npm run db:seed:scale`; it moves
// the summary's day forward by one on every run, and the due dates of the tasks written.
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";

const { values } = parseArgs({ options: { mode: { type: "string", default: "chunked" }, writers: { type: "string", default: "4" } } });
const writers = Number(values.writers);
if (!["chunked", "full"].includes(values.mode!) || !Number.isInteger(writers) || writers < 1) {
  console.error("--mode chunked|full, --writers a whole number ≥ 1");
  process.exit(1);
}

const { getDb } = await import("@/db");
const { executeRows } = await import("@/db/execute-rows");
const { rebuildTaskSummary, rollTaskSummaryTo, taskSummaryDifferences } = await import("@/db/summary/task-summary");
const { runWithDb } = await import("./run-with-db");

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN);
const describe = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `${sorted.length} writes, p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p99 ${quantile(sorted, 0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms`;
};

await runWithDb(async () => {
  const db = await getDb();
  const [state] = await executeRows<{ as_of: string; next: string; time_zone: string; due_soon_days: number; behind_points: number }>(
    db,
    sql`select as_of::text, (as_of + 1)::text as next, time_zone, due_soon_days, behind_points from task_summary_state where id = 1 and as_of is not null`,
  );
  if (!state) throw new Error("the summary was never counted: seed first (npm run db:seed:scale)");
  const ids = (await executeRows<{ id: string }>(db, sql`select id from tasks where status in ('assigned', 'in_progress') and due_date is not null order by random() limit 5000`)).map((r) => r.id);
  const context = { today: state.next, timeZone: state.time_zone, policy: { dueSoonDays: state.due_soon_days, behindPoints: state.behind_points } };
  const run = { phase: "alone" as "alone" | "roll" | "stop" };
  const latencies = { alone: [] as number[], roll: [] as number[] };
  const writer = async (k: number) => {
    for (let i = 0; run.phase !== "stop"; i++) {
      const id = ids[(k * 7919 + i * 104729) % ids.length]!;
      const during = run.phase;
      const started = performance.now();
      await db.execute(sql`update tasks set due_date = due_date + ${i % 2 === 0 ? 1 : -1}::integer where id = ${id}`);
      latencies[during].push(performance.now() - started);
    }
  };
  const running = Array.from({ length: writers }, (_, k) => writer(k));
  await new Promise((resolve) => setTimeout(resolve, 2000));
  run.phase = "roll";
  const started = performance.now();
  if (values.mode === "full") await db.transaction((tx) => rebuildTaskSummary(tx, context));
  else await rollTaskSummaryTo(context);
  const rollMs = performance.now() - started;
  run.phase = "stop";
  await Promise.all(running);
  console.log(`${values.mode} roll ${state.as_of} → ${state.next}: ${(rollMs / 1000).toFixed(2)} s (${ids.length} tasks written at random, ${writers} writers)`);
  console.log(`  writes alone:        ${describe(latencies.alone)}`);
  console.log(`  writes during roll:  ${describe(latencies.roll)}`);
  const differences = await taskSummaryDifferences(db);
  console.log(`  after: ${differences.length ? `${differences.length} rows differ from a recount` : "equal to a full recount"}`);
  return differences.length ? 2 : 0;
}, { seal: false });
