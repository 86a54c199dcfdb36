import { asc, eq, ne } from "drizzle-orm";
import ExcelJS from "exceljs";
import { getDb } from "@/db";
import { departments, goals, plans } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { TASK_PRIORITIES } from "@/lib/domain/codes";
import { assertCan } from "@/lib/domain/permissions";
import { INSTRUCTIONS_SHEET_NAME, TEMPLATE_COLUMNS, TEMPLATE_SHEET_NAME } from "@/lib/domain/task-workbook/columns";
import { TEMPLATE_INSTRUCTIONS } from "@/lib/domain/task-workbook/template-text";
import zh from "@/messages/zh-CN";
import { loadIndicatorCatalogue } from "@/db/queries/indicator-tags/catalogue";
import { qualifiedCodeOf } from "@/lib/domain/indicator-tags/codes";

// Rows of the task sheet that carry the drop-down lists and date checks.
const VALIDATED_ROWS = 1_000;
const DEPARTMENTS_SHEET = "单位";
const GOALS_SHEET = "条目";
const INDICATORS_SHEET = "指标";

const column = (field: (typeof TEMPLATE_COLUMNS)[number]["field"]) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1;

function listSheet(workbook: ExcelJS.Workbook, name: string, header: string, values: string[]) {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ header, width: 60 }];
  sheet.getRow(1).font = { bold: true };
  for (const value of values) sheet.addRow([value]);
  return `'${name}'!$A$2:$A$${Math.max(values.length + 1, 2)}`;
}

/**
 * 导入模板: the task sheet (headers, date columns, drop-down lists of active
 * departments, goals and priorities), the instructions, and the two lists
 * to copy names from. The goal list warns but accepts other text, since a
 * code or a title alone is accepted too.
 */
export async function buildImportTemplate(actor: TActor): Promise<Uint8Array<ArrayBuffer>> {
  assertCan(actor, "task:create");
  const db = await getDb();
  const [departmentRows, goalRows, catalogue] = await Promise.all([
    db.select({ name: departments.name }).from(departments).where(eq(departments.isActive, true)).orderBy(asc(departments.sortOrder), asc(departments.name)),
    db
      .select({ code: goals.code, title: goals.title })
      .from(goals)
      .innerJoin(plans, eq(plans.id, goals.planId))
      .where(ne(plans.status, "archived"))
      .orderBy(asc(plans.year), asc(plans.title), asc(goals.sortOrder)),
    loadIndicatorCatalogue(db),
  ]);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Dudao";
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((c) => ({ header: c.header, key: c.field, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  for (const c of TEMPLATE_COLUMNS) if (c.header.endsWith("*")) header.getCell(c.field).font = { bold: true, color: { argb: "FFC00000" } };
  for (const field of ["dueDate", "startDate"] as const) sheet.getColumn(field).numFmt = "yyyy-mm-dd";
  for (const field of ["title", "description", "milestones"] as const) sheet.getColumn(field).alignment = { wrapText: true, vertical: "top" };

  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET_NAME);
  instructions.columns = [{ width: 20 }, { width: 90 }];
  for (const line of TEMPLATE_INSTRUCTIONS) instructions.addRow([...line]).alignment = { wrapText: true, vertical: "top" };
  instructions.getRow(1).font = { bold: true, size: 14 };

  const departmentList = listSheet(workbook, DEPARTMENTS_SHEET, "单位名称", departmentRows.map((d) => d.name));
  const goalList = listSheet(workbook, GOALS_SHEET, "条目（编号+名称）", goalRows.map((g) => `${g.code}${g.title}`));
  // 指标: the codes to copy into the 指标 column, beside their names and frameworks.
  const indicatorSheet = workbook.addWorksheet(INDICATORS_SHEET);
  indicatorSheet.columns = [{ header: "指标编号", width: 18 }, { header: "指标名称", width: 40 }, { header: "指标体系", width: 40 }];
  indicatorSheet.getRow(1).font = { bold: true };
  for (const entry of catalogue) indicatorSheet.addRow([qualifiedCodeOf(entry), `${"\u3000".repeat(entry.level - 1)}${entry.name}`, entry.frameworkName]);
  const priorities = `"${TASK_PRIORITIES.map((p) => zh.priorities[p]).join(",")}"`;
  for (let r = 2; r <= VALIDATED_ROWS + 1; r++) {
    const row = sheet.getRow(r);
    row.getCell(column("lead")).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [departmentList],
      showErrorMessage: true,
      errorTitle: "牵头单位",
      error: "请从列表中选择单位",
    };
    row.getCell(column("goal")).dataValidation = { type: "list", allowBlank: true, formulae: [goalList], showErrorMessage: false };
    row.getCell(column("priority")).dataValidation = { type: "list", allowBlank: true, formulae: [priorities], showErrorMessage: true };
    for (const field of ["dueDate", "startDate"] as const) {
      row.getCell(column(field)).dataValidation = {
        type: "date",
        operator: "greaterThan",
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        showErrorMessage: true,
        errorTitle: "日期",
        error: "请输入日期，如 2026-06-30",
      };
    }
  }
  // Typed as an ArrayBuffer, a Node Buffer at run time: either copies into bytes.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
