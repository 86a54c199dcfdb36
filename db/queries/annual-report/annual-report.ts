import "server-only";
import type { TActor } from "@/lib/domain/actor";
import { buildAnnualReport, type TAnnualReport } from "@/lib/domain/annual-report";
import { getPlanYearSnapshot } from "./plan-year-snapshot";

export type TAnnualReportView = {
  report: TAnnualReport;
  /** Title and lead department of every task a paragraph names, for the trace links. */
  tasks: Record<string, { title: string; leadDepartment: string | null }>;
};

/** The generated draft of a plan's year; null when there is no such plan. */
export async function getAnnualReport(actor: TActor, planId: string): Promise<TAnnualReportView | null> {
  const snapshot = await getPlanYearSnapshot(actor, planId);
  if (!snapshot) return null;
  const report = buildAnnualReport(snapshot);
  const tasks = Object.fromEntries(snapshot.tasks.map((t) => [t.id, { title: t.title, leadDepartment: t.leadDepartment }]));
  return { report, tasks };
}
