// npm run bench -- [--connections 10] [--duration 15] [--port 0] [--only overdue,detail,…] [--sql-only] [--json file] [--driver wrk]
//
// Load test of the public API on a scale database (npm run db:seed:scale):
// starts `next start` on loopback against DATABASE_URL, signs in through
// POST /api/v1/auth/token, runs autocannon against five requests, then runs
// the same query code's SQL straight on postgres.js at the same concurrency,
// and prints one table (docs/performance.md records it). Writes: the progress
// run adds real progress reports and audit events to that database.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import postgres from "postgres";
import type { TBenchRow } from "./bench/stats";

// Query modules are marked "server-only", which resolves (as in Next's
// server) only under the react-server condition: run again with it.
if (!process.execArgv.includes("--conditions=react-server")) {
  const again = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(again.status ?? 1);
}
const { parseBenchArgs } = await import("./bench/args");
const { formatTable } = await import("./bench/stats");

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("bench needs DATABASE_URL: the PostgreSQL database loaded by npm run db:seed:scale.");
  process.exit(1);
}
let options: ReturnType<typeof parseBenchArgs>;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const { closeDb, getDbHandle } = await import("@/db");
const { SCALE_PASSWORD, SCALE_SUPERVISOR } = await import("@/lib/seed/scale/scale-users");
const { warningContext } = await import("@/lib/warning-context");
const { loadBenchFixtures, refreshVersions } = await import("./bench/fixtures");
const { benchScenarios, PROGRESS_NOTE } = await import("./bench/scenarios");
const { runClosedLoop } = await import("./bench/raw-sql");
const { runHttp, signIn, signInCookie } = await import("./bench/http");
const { runWrk, runWrkProgress } = await import("./bench/wrk");
const { startAppServer } = await import("./bench/server");

const handle = await getDbHandle();
if (handle.kind !== "postgres") throw new Error("bench runs on PostgreSQL only");
// The in-process writes (raw side) are sealed into the audit chain as the server would (ADR 018).
const { sealAuditEvents, startAuditSealer } = await import("@/lib/services/audit/seal-audit-events");
startAuditSealer();
const fixtures = await loadBenchFixtures(handle.db, SCALE_SUPERVISOR, { detail: 2000, departments: 20, perDepartment: 200 });
const [counted] = await handle.client<{ n: number }[]>`select count(*)::int as n from tasks`;
const taskCount = counted!.n;
console.log(`Database: ${taskCount} tasks; busiest department ${fixtures.departmentTasks} tasks; ${fixtures.progress.length} in-progress tasks over ${fixtures.officers.length} departments for the writes.`);
console.log(`Each run: ${options.connections} connections, ${options.duration} s.`);

// Requests still in flight when an autocannon run stops move versions the bench
// did not see: let the server finish them, then read the versions again.
const settleVersions = async () => {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await refreshVersions(handle.db, fixtures.progress);
};

const server = options.sqlOnly ? null : await startAppServer(databaseUrl, options.port);
const replayClient = postgres(databaseUrl, { max: options.connections, onnotice: () => {} });
const rows: TBenchRow[] = [];
try {
  const tokens = { supervisor: "", supervisorCookie: "", byActor: new Map<string, string>() };
  if (server) {
    console.log(`App: ${server.baseUrl}`);
    tokens.supervisor = await signIn(server.baseUrl, SCALE_SUPERVISOR, SCALE_PASSWORD);
    if (options.only.includes("page")) tokens.supervisorCookie = await signInCookie(server.baseUrl, SCALE_SUPERVISOR, SCALE_PASSWORD);
    for (const officer of fixtures.officers) tokens.byActor.set(officer.id, await signIn(server.baseUrl, officer.account, SCALE_PASSWORD));
  }
  const scenarios = benchScenarios(fixtures, tokens, warningContext()).filter((s) => options.only.includes(s.name));
  for (const scenario of scenarios) {
    console.log(`\n${scenario.endpoint}`);
    let app: TBenchRow["app"] = null;
    if (server && scenario.http) {
      // A short first run warms the server (JIT, prepared statements, caches) and is not counted.
      // wrk when asked: the reads in rotation, the write keeping each task's version from its answers.
      const byWrk = options.driver === "wrk";
      const http = scenario.http;
      const baseUrl = server.baseUrl;
      const progressTargets = () =>
        fixtures.progress.map((t) => ({ taskId: t.taskId, token: tokens.byActor.get(t.officer.id)!, version: t.version, progress: t.progress }));
      const load = (seconds: number) =>
        !byWrk
          ? runHttp(baseUrl, options.connections, seconds, http, scenario.onAnswer)
          : scenario.name === "progress"
            ? runWrkProgress(baseUrl, options.connections, seconds, progressTargets(), PROGRESS_NOTE)
            : runWrk(baseUrl, options.connections, seconds, http);
      await load(2);
      if (scenario.name === "progress") await settleVersions();
      const figures = await load(options.duration);
      app = figures;
      console.log(`  app (${byWrk ? "wrk" : "autocannon"}): ${figures.rps.toFixed(1)} req/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms, ${figures.non2xx} non-2xx (${figures.conflicts} × 409), ${figures.errors} errors`);
    }
    if (scenario.name === "progress") await settleVersions();
    const operation = await scenario.prepareRaw({ app: handle.client, replay: replayClient });
    await runClosedLoop(options.connections, 1, operation);
    const raw = await runClosedLoop(options.connections, options.duration, operation);
    console.log(`  raw: ${raw.rps.toFixed(1)} req/s, p50 ${raw.p50.toFixed(1)} ms, p99 ${raw.p99.toFixed(1)} ms, ${raw.errors} errors, ${raw.conflicts} conflicts`);
    rows.push({ endpoint: scenario.endpoint, app, raw });
  }
} finally {
  await server?.stop();
  await replayClient.end({ timeout: 5 });
  await sealAuditEvents();
  await closeDb();
}
console.log(`\n${formatTable(rows)}`);
if (options.json) writeFileSync(options.json, JSON.stringify({ at: new Date().toISOString(), tasks: taskCount, options, rows }, null, 2));
// The audit sealer started above keeps a timer (and the bench's imports their pools): the
// run is over, so end the process rather than wait on them.
process.exit(0);
