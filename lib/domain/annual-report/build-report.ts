import { departmentRows, reportFigures } from "./figures";
import { measureParagraphs } from "./measures";
import { nextYearParagraphs } from "./next-year";
import { problemParagraphs } from "./problems";
import type { TAnnualReport, TPlanYearSnapshot, TReportFigures, TReportParagraph } from "./types";
import { chineseDay } from "./wording";

export const reportTitle = (unitName: string, year: number) => `${unitName}关于${year}年度法治政府建设情况的报告`;

function openingText(snapshot: TPlanYearSnapshot, f: TReportFigures): string {
  const { year, title } = snapshot.plan;
  const notices = f.notices ? `；发出督办通知${f.notices}份，推动问题整改落实` : "";
  return (
    `${year}年，${snapshot.unitName}深入贯彻落实习近平法治思想，认真落实《${title}》，将年度工作分解为具体任务、明确牵头单位和完成时限，按节点督导推进。` +
    `全年共部署任务${f.tasks}项，已办结${f.completed}项，其中按期办结${f.completedOnTime}项，完成率${f.completionRate}%${notices}。现将有关情况报告如下：`
  );
}

/**
 * The draft of 《〈单位〉关于〈年〉年度法治政府建设情况的报告》 from a plan-year snapshot.
 * Pure and deterministic: the same snapshot gives the same draft, word for word.
 */
export function buildAnnualReport(snapshot: TPlanYearSnapshot): TAnnualReport {
  const figures = reportFigures(snapshot);
  const title = reportTitle(snapshot.unitName, snapshot.plan.year);
  const paragraphs: TReportParagraph[] = [
    { id: "title", kind: "title", text: title, taskIds: [] },
    { id: "opening", kind: "opening", text: openingText(snapshot, figures), taskIds: snapshot.tasks.map((t) => t.id) },
    ...measureParagraphs(snapshot),
    ...problemParagraphs(snapshot),
    ...nextYearParagraphs(snapshot),
    { id: "signature", kind: "signature", text: snapshot.signature ?? snapshot.unitName, taskIds: [] },
    { id: "date", kind: "date", text: chineseDay(snapshot.asOf), taskIds: [] },
  ];
  return { planId: snapshot.plan.id, year: snapshot.plan.year, title, asOf: snapshot.asOf, figures, departments: departmentRows(snapshot), paragraphs };
}

/** The author's edits laid over a generated draft, by paragraph id; edits of paragraphs that no longer exist are dropped. */
export function applyEdits(report: TAnnualReport, edits: Readonly<Record<string, string>>): TAnnualReport {
  return {
    ...report,
    title: edits.title ?? report.title,
    paragraphs: report.paragraphs.map((p) => (Object.hasOwn(edits, p.id) ? { ...p, text: edits[p.id]! } : p)),
  };
}
