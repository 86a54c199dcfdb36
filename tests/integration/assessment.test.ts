import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { assessDepartments } from "@/db/queries/assessment";
import { notices, tasks } from "@/db/schema";
import { DEFAULT_ASSESSMENT_RULES, ZAssessmentRulesSchema } from "@/lib/domain/assessment";
import type { TTaskStatus } from "@/lib/domain/codes";
import { actorFor, departmentId, seedDemoData } from "../support/fixtures";
import { makeNotice } from "../support/notice-fixtures";
import { makeTask } from "../support/task-fixtures";

const TODAY = "2030-06-15";
const noon = (day: string) => new Date(`${day}T04:00:00Z`);

async function place(title: string, status: TTaskStatus, due: string, options: { completed?: string; original?: string; lead?: string; cooperating?: string[] } = {}) {
  const lead = await departmentId(options.lead ?? "区司法局");
  const cooperating = await Promise.all((options.cooperating ?? []).map(departmentId));
  const task = await makeTask(status, { title, leadDepartmentId: lead, cooperatingDepartmentIds: cooperating });
  await (await getDb())
    .update(tasks)
    .set({ dueDate: due, originalDueDate: options.original ?? due, completedAt: options.completed ? noon(options.completed) : null })
    .where(eq(tasks.id, task.id));
  return task.id;
}

beforeAll(async () => {
  await seedDemoData();
  const db = await getDb();
  await place("A1 按期办结", "completed", "2030-03-31", { completed: "2030-03-20" });
  await place("A2 逾期办结", "completed", "2030-04-30", { completed: "2030-05-05" });
  const a3 = await place("A3 逾期未办结", "in_progress", "2030-05-31");
  await place("A4 尚未到期", "in_progress", "2030-07-31");
  await place("A5 延期后未到期", "in_progress", "2030-06-30", { original: "2030-04-15" });
  await place("A6 上一年度", "in_progress", "2029-12-31");
  await place("B1 市场监管牵头", "in_progress", "2030-05-01", { lead: "区市场监督管理局", cooperating: ["区司法局"] });
  const circular = await makeNotice([a3], { kind: "circular", departmentId: null, responseDueDate: null, title: "通报" });
  await db.update(notices).set({ issuedAt: noon("2030-06-01") }).where(eq(notices.id, circular.id));
  await makeNotice([a3], { kind: "urge", responseDueDate: "2030-06-10", title: "未按时反馈" });
  const answered = await makeNotice([a3], { kind: "reminder", responseDueDate: "2030-06-12", title: "按时反馈" });
  await db.update(notices).set({ status: "responded", respondedAt: noon("2030-06-11") }).where(eq(notices.id, answered.id));
});

describe("annual assessment, against hand-computed scores", () => {
  it("scores each department with every point linked to its cause", async () => {
    const results = await assessDepartments(await actorFor("leader"), 2030, TODAY, "Asia/Shanghai", DEFAULT_ASSESSMENT_RULES);
    const sfj = results.find((r) => r.departmentName === "区司法局")!;
    const scj = results.find((r) => r.departmentName === "区市场监督管理局")!;
    expect(sfj.score).toBe(87.5);
    expect(sfj.totals).toEqual({ leadOverdue: -6, cooperatingOverdue: -1, circular: -5, lateNoticeResponse: -1, onTimeCompletion: 0.5 });
    expect(sfj.items.map((i) => `${i.rule}:${i.title}:${i.points}`).sort()).toEqual(
      [
        "circular:通报:-5",
        "cooperatingOverdue:B1 市场监管牵头:-1",
        "lateNoticeResponse:未按时反馈:-1",
        "leadOverdue:A2 逾期办结:-2",
        "leadOverdue:A3 逾期未办结:-2",
        "leadOverdue:A5 延期后未到期:-2",
        "onTimeCompletion:A1 按期办结:0.5",
      ].sort(),
    );
    expect(scj.score).toBe(98);
    // A department with no task this year is listed apart (无考核任务), never ranked above those that worked.
    const finance = results.find((r) => r.departmentName === "区财政局")!;
    expect(finance.assessable).toBe(false);
    expect(finance.rank).toBeNull();
    const ranked = results.filter((r) => r.rank !== null);
    expect(ranked.map((r) => r.departmentName).sort()).toEqual(["区司法局", "区市场监督管理局"].sort());
    expect(ranked.map((r) => r.rank)).toEqual([1, 2]);
    expect(ranked[0]!.score).toBeGreaterThanOrEqual(ranked[1]!.score);
    expect(results.slice(ranked.length).every((r) => r.rank === null)).toBe(true);
  });

  it("can judge against the due date in force after an extension", async () => {
    const rules = ZAssessmentRulesSchema.parse({ judgeAgainst: "current" });
    const results = await assessDepartments(await actorFor("supervisor"), 2030, TODAY, "Asia/Shanghai", rules);
    expect(results.find((r) => r.departmentName === "区司法局")!.score).toBe(89.5);
  });

  it("shows a department only its own assessment", async () => {
    const results = await assessDepartments(await actorFor("sfj_officer"), 2030, TODAY, "Asia/Shanghai", DEFAULT_ASSESSMENT_RULES);
    expect(results.map((r) => r.departmentName)).toEqual(["区司法局"]);
  });
});

describe("assessment workbook", () => {
  it("has a summary row per department and a detail row per point", async () => {
    const { assessmentWorkbook } = await import("@/lib/services/assessment/export-assessment");
    const ExcelJS = (await import("exceljs")).default;
    const results = await assessDepartments(await actorFor("leader"), 2030, TODAY, "Asia/Shanghai", DEFAULT_ASSESSMENT_RULES);
    const workbook = new ExcelJS.Workbook();
    const bytes = await assessmentWorkbook(2030, results, DEFAULT_ASSESSMENT_RULES);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const summary = workbook.getWorksheet("考核汇总")!;
    expect(summary.rowCount).toBe(results.length + 1);
    const sfjRow = summary.getRows(2, results.length)!.find((row) => row.getCell(2).value === "区司法局")!;
    expect(sfjRow.getCell(3).value).toBe(87.5);
    const details = workbook.getWorksheet("扣分加分明细")!;
    expect(details.rowCount).toBe(results.reduce((n, r) => n + r.items.length, 0) + 1);
    expect(details.getRow(2).getCell(5).value).toBeInstanceOf(Date);
    for (const sheet of [summary, details]) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
    }
  });
});
