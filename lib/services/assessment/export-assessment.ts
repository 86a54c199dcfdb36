import ExcelJS from "exceljs";
import type { TDepartmentAssessment } from "@/db/queries/assessment";
import { ASSESSMENT_RULE_KEYS, type TAssessmentRuleKey, type TAssessmentRules } from "@/lib/domain/assessment";
import { printSetup, WRAPPED } from "../excel/print-setup";

// Official documents are in Chinese whatever the UI language.
const RULE_NAMES: Record<TAssessmentRuleKey, string> = {
  leadOverdue: "牵头任务逾期",
  cooperatingOverdue: "配合任务逾期",
  circular: "被通报",
  lateNoticeResponse: "督办逾期反馈",
  onTimeCompletion: "按期办结",
};

/** 考核表 as a workbook: a summary sheet (one row per department) and a details sheet (one row per point). */
export async function assessmentWorkbook(year: number, results: TDepartmentAssessment[], rules: TAssessmentRules): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Dudao";
  const summary = workbook.addWorksheet("考核汇总", { views: [{ state: "frozen", ySplit: 1 }], pageSetup: printSetup(1) });
  summary.columns = [
    { header: "名次", key: "rank", width: 12 },
    { header: "单位", key: "department", width: 28 },
    { header: "得分", key: "score", width: 10 },
    ...ASSESSMENT_RULE_KEYS.map((key) => ({ header: `${RULE_NAMES[key]}（${rules[key] > 0 ? "+" : ""}${rules[key]}）`, key, width: 18 })),
  ];
  summary.getRow(1).font = { bold: true };
  // Units with no task to judge are listed after the ranking, without a place or a score.
  for (const r of results) {
    summary.addRow(r.rank === null ? { rank: "无考核任务", department: r.departmentName } : { rank: r.rank, department: r.departmentName, score: r.score, ...r.totals });
  }
  summary.autoFilter = { from: "A1", to: { row: 1, column: summary.columnCount } };

  const details = workbook.addWorksheet("扣分加分明细", { views: [{ state: "frozen", ySplit: 1 }], pageSetup: printSetup(1) });
  details.columns = [
    { header: "单位", key: "department", width: 28 },
    { header: "事项", key: "rule", width: 16 },
    { header: "分值", key: "points", width: 8 },
    { header: "任务或通知", key: "title", width: 60, style: { alignment: WRAPPED } },
    { header: "日期", key: "day", width: 12, style: { numFmt: "yyyy-mm-dd" } },
  ];
  details.getRow(1).font = { bold: true };
  for (const r of results) {
    for (const item of r.items) {
      details.addRow({ department: r.departmentName, rule: RULE_NAMES[item.rule], points: item.points, title: item.title, day: new Date(`${item.day}T00:00:00Z`) });
    }
  }
  const notes = workbook.addWorksheet("说明");
  notes.addRow([`${year}年度考核。基础分 ${rules.base} 分；期限按${rules.judgeAgainst === "original" ? "下发时的完成时限" : "批准延期后的完成时限"}判断；按期办结加分上限 ${rules.onTimeCompletionCap} 分。`]);
  notes.addRow(["领导批示、材料报送数量等不计分（防止以留痕论英雄）。"]);
  notes.getColumn(1).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
