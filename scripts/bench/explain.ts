// npx tsx --conditions=react-server scripts/bench/explain.ts [overdue,department,detail,dashboard]
//
// EXPLAIN (ANALYZE, BUFFERS) of every statement a bench request's query code
// sends, captured as the bench captures them: where to look when a row of
// the bench table is slow. Reads only (the progress write is left out).
import postgres from "postgres";
import { closeDb, getDbHandle } from "@/db";
import { SCALE_SUPERVISOR } from "@/lib/seed/scale/scale-users";
import { warningContext } from "@/lib/warning-context";
import { loadBenchFixtures } from "./fixtures";
import { benchScenarios } from "./scenarios";
import type { TStatement } from "./raw-sql";

const only = (process.argv[2] ?? "overdue,department,detail,dashboard").split(",");
const handle = await getDbHandle();
if (handle.kind !== "postgres" || !process.env.DATABASE_URL) throw new Error("explain needs DATABASE_URL (PostgreSQL)");
const fixtures = await loadBenchFixtures(handle.db, SCALE_SUPERVISOR, { detail: 1, departments: 1, perDepartment: 1 });
const explainer = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
// A replay client that records instead of running: the bench's own capture path.
const recorded: TStatement[] = [];
const recorder = { unsafe: (query: string, params: unknown[]) => recorded.push({ query, params }) } as unknown as postgres.Sql;
try {
  for (const scenario of benchScenarios(fixtures, { supervisor: "", supervisorCookie: "", byActor: new Map() }, warningContext())) {
    if (!only.includes(scenario.name) || scenario.name === "progress") continue;
    recorded.length = 0;
    const operation = await scenario.prepareRaw({ app: handle.client, replay: recorder });
    await operation(0);
    console.log(`\n===== ${scenario.endpoint}: ${recorded.length} statements`);
    for (const s of recorded) {
      const plan = await explainer.unsafe(`explain (analyze, buffers) ${s.query}`, s.params as never[]);
      const lines = plan.map((r) => String(r["QUERY PLAN"]));
      console.log(`\n--- ${s.query.replace(/\s+/g, " ").slice(0, 160)}\n${lines.join("\n")}`);
    }
  }
} finally {
  await explainer.end();
  await closeDb();
}
