import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { annualReportDrafts } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { applyEdits, buildAnnualReport, type TAnnualReport } from "@/lib/domain/annual-report";
import { getPlanYearSnapshot } from "./plan-year-snapshot";

export type TAnnualReportView = {
  report: TAnnualReport;
  /** Title and lead department of every task a paragraph names, for the trace links. */
  tasks: Record<string, { title: string; leadDepartment: string | null }>;
  /** The generated text of every paragraph the author rewrote, by id (to show and to restore). */
  generated: Record<string, string>;
  /** The draft's version (0 before the first edit): an edit names it. */
  draftVersion: number;
};

/** The plan year's draft: generated from the records, with the author's saved edits laid over it; null when there is no such plan. */
export async function getAnnualReport(actor: TActor, planId: string): Promise<TAnnualReportView | null> {
  const snapshot = await getPlanYearSnapshot(actor, planId);
  if (!snapshot) return null;
  const [draft] = await (await getDb()).select().from(annualReportDrafts).where(eq(annualReportDrafts.planId, planId));
  const generatedReport = buildAnnualReport(snapshot);
  const edits = draft?.edits ?? {};
  const generated = Object.fromEntries(generatedReport.paragraphs.filter((p) => Object.hasOwn(edits, p.id)).map((p) => [p.id, p.text]));
  const tasks = Object.fromEntries(snapshot.tasks.map((t) => [t.id, { title: t.title, leadDepartment: t.leadDepartment }]));
  return { report: applyEdits(generatedReport, edits), tasks, generated, draftVersion: draft?.version ?? 0 };
}
