import { beforeAll, describe, expect, it } from "vitest";
import { getAnnualReport } from "@/db/queries/annual-report/annual-report";
import { annualReportDocx } from "@/lib/documents/annual-report-docx";
import { actorFor, seedDemoData } from "../support/fixtures";
import { fillPlanYear } from "../support/report-scale";

// Issue 14: a 5,000-task year drafts completely, from the database to the
// .docx. How long it takes is measured by `npm run bench:report` (figures in
// docs/performance.md), not here: timing assertions in a suite that shares
// the machine fail by load, not by code.
const TASKS = 5_000;
let planId = "";

beforeAll(async () => {
  await seedDemoData();
  planId = await fillPlanYear(TASKS);
}, 300_000);

describe("annual report at scale", () => {
  it(`drafts a year of ${TASKS} tasks, every task in a paragraph, and its .docx`, async () => {
    const actor = await actorFor("supervisor");
    const view = (await getAnnualReport(actor, planId))!;
    const docx = await annualReportDocx(view.report);
    expect(view.report.figures.tasks).toBe(TASKS);
    expect(view.report.paragraphs.filter((p) => p.id.startsWith("t:"))).toHaveLength(TASKS);
    expect(docx.length).toBeGreaterThan(20_000);
  });
});
