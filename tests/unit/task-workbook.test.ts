import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellDay, cellText, dayToExcelDate, excelDateToDay, parseDayText, parseMilestones } from "@/lib/domain/task-workbook/cell-values";
import { EXPORT_COLUMNS, importFieldOfHeader, normalizeHeader, splitDepartmentNames, TEMPLATE_COLUMNS } from "@/lib/domain/task-workbook/columns";
import { type TImportLookups, validateImportRow } from "@/lib/domain/task-workbook/validate-row";
import { indexCatalogue } from "@/lib/domain/indicator-tags/codes";
import { zipEntries } from "@/lib/domain/uploads/zip-entry-names";

const LEAD = "00000000-0000-4000-8000-000000000001";
const FINANCE = "00000000-0000-4000-8000-000000000002";
const GOAL = "00000000-0000-4000-8000-000000000003";

const lookups: TImportLookups = {
  departmentIdByName: new Map([
    ["区司法局", LEAD],
    ["区财政局", FINANCE],
  ]),
  goalByText: (text) => (text === "（一）完善制度" || text === "完善制度" ? { id: GOAL } : text === "（一）" ? "ambiguous" : "unknown"),
  priorityByLabel: new Map([
    ["重要", "high"],
    ["high", "high"],
  ]),
  indicatorIndex: indexCatalogue([
    { frameworkCode: "1211", frameworkName: "1211", code: "A2", name: "落实行政执法责任制", level: 2, parentCode: null },
    { frameworkCode: "SFZB-2021", frameworkName: "示范", code: "1", name: "政府职能依法全面履行", level: 1, parentCode: null },
    { frameworkCode: "HN", frameworkName: "省", code: "1", name: "依法行政", level: 1, parentCode: null },
  ]),
};

describe("workbook headers", () => {
  it("are the 台账's and the template's, in order", () => {
    expect(EXPORT_COLUMNS.map((c) => c.header)).toEqual(["序号", "任务", "所属条目", "牵头单位", "配合单位", "责任人", "完成时限", "状态", "进度", "预警", "最新进展", "督办次数", "指标"]);
    expect(TEMPLATE_COLUMNS.map((c) => c.header)).toEqual(["任务名称*", "任务内容", "所属条目编号或名称", "牵头单位*", "配合单位", "完成时限*", "开始日期", "优先级", "节点", "指标"]);
  });

  it("are read without spaces, required marks or explanations, in either layout", () => {
    expect(normalizeHeader(" 完成时限 ＊（日期）")).toBe("完成时限");
    expect(importFieldOfHeader("配合单位 (、-separated)")).toBe("cooperating");
    for (const c of TEMPLATE_COLUMNS) expect(importFieldOfHeader(c.header)).toBe(c.field);
    expect(["任务", "所属条目", "牵头单位", "配合单位", "完成时限"].map(importFieldOfHeader)).toEqual(["title", "goal", "lead", "cooperating", "dueDate"]);
    expect(["序号", "状态", "进度", "督办次数", ""].map(importFieldOfHeader)).toEqual([null, null, null, null, null]);
  });

  it("split cooperating departments on 、 and other separators, without repeats", () => {
    expect(splitDepartmentNames(" 区财政局、区审计局，区财政局;\n区信访局 ")).toEqual(["区财政局", "区审计局", "区信访局"]);
    expect(splitDepartmentNames("")).toEqual([]);
  });
});

describe("date cells", () => {
  it("read typed dates in the usual Chinese ways, and only days that exist", () => {
    expect(["2026-06-30", "2026/6/30", "2026.6.3", "2026年6月30日", " 2026-6-30 "].map(parseDayText)).toEqual(["2026-06-30", "2026-06-30", "2026-06-03", "2026-06-30", "2026-06-30"]);
    expect(["2026-02-30", "2026-13-01", "30/6/2026", "明年", "20260630"].map(parseDayText)).toEqual([null, null, null, null, null]);
  });

  it("tell blank (\"\") from not a date (null); a number is no date", () => {
    expect(cellDay(null)).toBe("");
    expect(cellDay("  ")).toBe("");
    expect(cellDay(46203)).toBeNull();
    expect(cellDay(new Date(Number.NaN))).toBeNull();
    expect(cellDay(new Date(Date.UTC(2026, 5, 30, 15, 30)))).toBe("2026-06-30");
    expect(cellText(new Date(Date.UTC(2026, 0, 5)))).toBe("2026-01-05");
  });

  it("round-trip every day through an Excel date", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        expect(excelDateToDay(dayToExcelDate(day))).toBe(day);
      }),
    );
  });
});

describe("milestone cells", () => {
  it("give one milestone a line (or ；), with a trailing date when written", () => {
    expect(parseMilestones("完成调研 2026-03-31\n形成初稿：2026/6/1；印发实施\n\n")).toEqual([
      { title: "完成调研", dueDate: "2026-03-31", dateText: "2026-03-31" },
      { title: "形成初稿", dueDate: "2026-06-01", dateText: "2026/6/1" },
      { title: "印发实施", dueDate: null, dateText: null },
    ]);
    expect(parseMilestones("节点 2026-02-30")).toEqual([{ title: "节点", dueDate: null, dateText: "2026-02-30" }]);
    expect(parseMilestones("2026-06-30")).toEqual([{ title: "2026-06-30", dueDate: null, dateText: null }]);
  });
});

describe("an import row", () => {
  const row = (cells: Parameters<typeof validateImportRow>[0]["cells"]) => ({ row: 7, cells: { title: "完善制度", lead: "区司法局", dueDate: "2026-06-30", ...cells } });

  it("becomes the task form's input", () => {
    const result = validateImportRow(
      row({ goal: "（一）完善制度", cooperating: "区财政局", startDate: new Date(Date.UTC(2026, 0, 1)), priority: "重要", milestones: "调研 2026-03-01", indicatorCodes: "A2， SFZB-2021：1" }),
      {},
      lookups,
    );
    expect(result).toEqual({
      ok: true,
      input: {
        title: "完善制度",
        description: "",
        goalId: GOAL,
        leadDepartmentId: LEAD,
        cooperatingDepartmentIds: [FINANCE],
        coLeadDepartmentIds: [],
        ownerId: null,
        startDate: "2026-01-01",
        dueDate: "2026-06-30",
        priority: "high",
        milestones: [{ title: "调研", dueDate: "2026-03-01" }],
        indicators: [],
        indicatorCodes: ["1211:A2", "SFZB-2021:1"],
      },
    });
  });

  it("names each unknown or ambiguous indicator code in the 指标 column", () => {
    const result = validateImportRow(row({ indicatorCodes: "1211:A2、1211:Z9、1" }), { indicatorCodes: "指标" }, lookups);
    expect(result).toEqual({
      ok: false,
      issues: [
        { row: 7, column: "指标", key: "taskImportErrors.indicatorUnknown", params: { code: "1211:Z9" } },
        { row: 7, column: "指标", key: "taskImportErrors.indicatorAmbiguous", params: { code: "1" } },
      ],
    });
  });

  it("names each problem's row and the column as the file wrote it", () => {
    const result = validateImportRow(row({ lead: null, dueDate: null, goal: "（一）", milestones: "调研 2026-02-30", startDate: 3 }), { lead: "牵头单位", dueDate: "完成时限 (日期)" }, lookups);
    expect(result).toEqual({
      ok: false,
      issues: [
        { row: 7, column: "牵头单位", key: "taskImportErrors.required", params: undefined },
        { row: 7, column: "完成时限 (日期)", key: "taskImportErrors.required", params: undefined },
        { row: 7, column: "开始日期", key: "taskImportErrors.invalidDate", params: { value: "3" } },
        { row: 7, column: "所属条目编号或名称", key: "taskImportErrors.goalAmbiguous", params: { value: "（一）" } },
        { row: 7, column: "节点", key: "taskImportErrors.invalidDate", params: { value: "2026-02-30" } },
      ],
    });
  });

  it("is checked by the task schema: date order, lead not cooperating", () => {
    const result = validateImportRow(row({ startDate: "2026-07-01", cooperating: "区司法局" }), {}, lookups);
    expect(result.ok ? [] : result.issues.map((i) => [i.column, i.key])).toEqual([
      ["完成时限*", "validation.dueBeforeStart"],
      ["配合单位", "validation.leadAlsoCooperating"],
    ]);
  });
});

describe("a workbook's zip directory", () => {
  it("declares what each part inflates to, read without inflating anything", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("任务").addRow(["任务名称*".repeat(1000)]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const entries = zipEntries(bytes)!;
    expect(entries.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    expect(total).toBeGreaterThan(bytes.byteLength);
    expect(zipEntries(new TextEncoder().encode("not a zip"))).toBeNull();
  });
});
