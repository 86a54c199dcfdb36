// npx tsx --conditions=react-server scripts/bench/time-reads.ts [runs] [names]
//
// Wall time of the 考核 and cockpit-card reads at scale, in process (the query modules
// as the pages call them), interleaved run by run so that a loaded machine stretches
// every read alike: min and median per read. PostgreSQL (DATABASE_URL) after db:seed:scale.
import { closeDb, getDbHandle } from "@/db";
import { assessDepartment, assessDepartments } from "@/db/queries/assessment";
import { noticeCounts } from "@/db/queries/assessment-notices";
import { assessmentScores } from "@/db/queries/assessment-scores";
import { sectionCompletion } from "@/db/queries/cockpit/section-completion";
import { weeklyTrend } from "@/db/queries/cockpit/weekly-trend";
import { DEFAULT_ASSESSMENT_RULES } from "@/lib/domain/assessment";
import { SCALE_SUPERVISOR } from "@/lib/seed/scale/scale-users";
import { warningContext } from "@/lib/warning-context";
import { scannedSections, scannedTrend } from "../../tests/support/scanned-cards";
import { scannedNoticeCounts } from "../../tests/support/scanned-notice-counts";
import { loadBenchFixtures } from "./fixtures";

const runs = Number(process.argv[2] ?? 5);
const handle = await getDbHandle();
if (handle.kind !== "postgres") throw new Error("time-reads needs DATABASE_URL (PostgreSQL)");
const f = await loadBenchFixtures(handle.db, SCALE_SUPERVISOR, { detail: 1, departments: 1, perDepartment: 1 });
const context = warningContext();
const year = Number(context.today.slice(0, 4));
const rules = DEFAULT_ASSESSMENT_RULES;
const reads: Record<string, () => Promise<unknown>> = {
  "assessment (all items, before)": () => assessDepartments(f.supervisor, year, context.today, context.timeZone, rules),
  "assessment scores (summary)": () => assessmentScores(f.supervisor, year, context, rules),
  "assessment notice points (scan, before)": () => scannedNoticeCounts(year, context.today, context.timeZone),
  "assessment notice points (kept)": () => noticeCounts(year, null),
  "assessment, one department's items": () => assessDepartment(f.supervisor, year, f.departmentId, context.today, context.timeZone, rules),
  "section completion (task scan, before)": () => scannedSections(context),
  "section completion (summary)": () => sectionCompletion(f.supervisor, context),
  "12-week trend (task scan, before)": () => scannedTrend(context),
  "12-week trend (summary)": () => weeklyTrend(f.supervisor, context),
};
const only = process.argv[3]?.split(",");
const names = Object.keys(reads).filter((name) => !only || only.some((o) => name.includes(o)));
const times = new Map<string, number[]>(names.map((n) => [n, []]));
try {
  for (const name of names) await reads[name]!(); // warm: plans, caches, the day's roll
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const started = performance.now();
      await reads[name]!();
      times.get(name)!.push(performance.now() - started);
    }
  }
  for (const [name, list] of times) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(`${name.padEnd(40)} min ${sorted[0]!.toFixed(0).padStart(6)} ms   median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0).padStart(6)} ms`);
  }
} finally {
  await closeDb();
}
