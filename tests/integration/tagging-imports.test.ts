import ExcelJS from "exceljs";
import { count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { goalIndicatorCodes, loadIndicatorCatalogue, taskIndicatorCodes } from "@/db/queries/indicator-tags/catalogue";
import { goals, goalIndicatorTags, plans, taskIndicatorTags, tasks } from "@/db/schema";
import { TEMPLATE_COLUMNS } from "@/lib/domain/task-workbook/columns";
import { parsePlanDocument } from "@/lib/domain/plan-import";
import { toImportInput } from "@/lib/domain/plan-review/import-input";
import { acceptSuggestion, dismissSuggestion, pendingSuggestionCount, withSuggestions } from "@/lib/domain/plan-review/review-tags";
import { flattenReview, toReviewTree, updateNode } from "@/lib/domain/plan-review/review-tree";
import { importPlan } from "@/lib/services/plans/import-plan";
import { importTasks } from "@/lib/services/tasks/import-tasks";
import { exportWorkbook } from "../support/excel-ledger";
import { actorFor, departmentId, refusal, seedDemoData } from "../support/fixtures";

// The Excel door (template, import, 台账 export) and the plan import's commit carry tags.

async function workbookBytes(rows: (string | null)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("任务");
  sheet.addRow(TEMPLATE_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
const row = (title: string, codes: string) => [title, null, null, "区司法局", null, "2030-06-30", null, null, null, codes];
async function counts() {
  const db = await getDb();
  const n = async (table: typeof tasks | typeof taskIndicatorTags | typeof goalIndicatorTags | typeof plans) => Number((await db.select({ n: count() }).from(table))[0]!.n);
  return { tasks: await n(tasks), taskTags: await n(taskIndicatorTags), goalTags: await n(goalIndicatorTags), plans: await n(plans) };
}

beforeAll(async () => {
  await seedDemoData();
});

describe("the Excel door", () => {
  it("reads the 指标 column (、 or commas, a bare code when unambiguous) and tags every task", async () => {
    const result = await importTasks(await actorFor("supervisor"), {
      name: "指标.xlsx",
      bytes: await workbookBytes([row("Excel 指标任务一", "1211:A2、SFZB-2021:1.1"), row("Excel 指标任务二", "B1, A1"), row("Excel 无指标", "")]),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const tags = await taskIndicatorCodes(result.taskIds);
    expect(result.taskIds.map((id) => tags.get(id))).toEqual([["1211:A2", "SFZB-2021:1.1"], ["1211:A1", "1211:B1"], []]);
  });

  it("an unknown code is reported with its row and code, and nothing is written", async () => {
    const before = await counts();
    const result = await importTasks(await actorFor("supervisor"), {
      name: "错误指标.xlsx",
      bytes: await workbookBytes([row("正常的一行", "1211:A2"), row("错误的一行", "1211:A2、1211:A7")]),
    });
    expect(result).toEqual({ ok: false, issues: [{ row: 3, column: "指标", key: "taskImportErrors.indicatorUnknown", params: { code: "1211:A7" } }] });
    expect(await counts()).toEqual(before);
  });

  it("the 台账 export writes each task's codes in its 指标 column, and reads back in", async () => {
    const { sheet } = await exportWorkbook(await actorFor("supervisor"), { q: "Excel 指标任务" });
    const header = (sheet.getRow(1).values as unknown[]).indexOf("指标");
    const cells = Object.fromEntries([2, 3].map((r) => [String(sheet.getRow(r).getCell(2).value), String(sheet.getRow(r).getCell(header).value ?? "")]));
    expect(cells).toEqual({ "Excel 指标任务一": "1211:A2、SFZB-2021:1.1", "Excel 指标任务二": "1211:A1、1211:B1" });
  });
});

describe("the plan import commit", () => {
  const node = (title: string, indicatorCodes: string[], choice: "task" | "goal" = "task", children: unknown[] = []) => ({
    kind: choice === "goal" ? "section" : "item", title, choice, indicatorCodes, children,
  });

  it("writes the accepted tags on goals and on their tasks", async () => {
    const sfj = await departmentId("区司法局");
    const result = await importPlan(await actorFor("supervisor"), {
      title: "指标导入方案",
      year: 2030,
      nodes: [{ ...node("五、全面落实行政执法责任制", ["1211:A2"], "goal"), children: [{ ...node("（一）严格执法责任", ["A2", "SFZB-2021:1.1"]), leadDepartmentId: sfj, dueDate: "2030-06-30" }] }] as never,
    });
    const db = await getDb();
    const goalRows = await db.select().from(goals).where(eq(goals.planId, result.planId));
    const goalTags = await goalIndicatorCodes(goalRows.map((g) => g.id));
    expect(Object.fromEntries(goalRows.map((g) => [g.title, goalTags.get(g.id)]))).toEqual({
      "五、全面落实行政执法责任制": ["1211:A2"],
      "（一）严格执法责任": ["1211:A2", "SFZB-2021:1.1"],
    });
    const [task] = await db.select().from(tasks).where(inArray(tasks.goalId, goalRows.map((g) => g.id)));
    expect((await taskIndicatorCodes([task!.id])).get(task!.id)).toEqual(["1211:A2", "SFZB-2021:1.1"]);
  });

  it("an unknown code refuses the whole import at its node, naming the code, and writes nothing", async () => {
    const before = await counts();
    const error = await refusal(
      importPlan(await actorFor("supervisor"), { title: "错误方案", year: 2030, nodes: [node("一、总体", [], "goal", [node("（一）某项", ["1211:X1"])])] as never }),
      "VALIDATION",
    );
    expect(error).toMatchObject({ messageKey: "tagging.codesUnknown", params: { codes: "1211:X1" }, fieldErrors: { "nodes.0.children.0.indicatorCodes": ["tagging.unknown"] } });
    expect(await counts()).toEqual(before);
  });

  it("from the review screen: suggestions read from the text, the accepted ones saved, the ignored and the pending never", async () => {
    const sfj = await departmentId("区司法局");
    const text = [
      "2031年依法行政工作要点",
      "一、严格规范公正文明执法",
      "（一）全面落实行政执法责任制。（牵头单位：区司法局；完成时限：6月底前）",
      "（二）开展法治政府建设示范创建活动。（牵头单位：区司法局；完成时限：9月底前）",
      "（三）深化简政放权改革。（牵头单位：区司法局；完成时限：10月底前）",
    ].join("\n");
    let n = 0;
    let nodes = withSuggestions(toReviewTree(parsePlanDocument(text, { year: 2031 }), () => `n${++n}`), await loadIndicatorCatalogue());
    const byCode = (code: string) => flattenReview(nodes).find((node) => node.code === code)!;
    const suggested = (code: string) => byCode(code).suggestedIndicators.map((s) => s.code);
    expect(suggested("（一）")).toEqual(["1211:A2"]);
    expect(suggested("（二）")).toEqual(["1211:B1"]);
    expect(suggested("（三）")).toEqual(["SFZB-2021:1.1"]);
    // The reviewer accepts (一)'s, ignores (二)'s and leaves (三)'s pending (the screen would refuse 创建; the server never sees it).
    nodes = acceptSuggestion(nodes, byCode("（一）").id, "1211:A2");
    nodes = dismissSuggestion(nodes, byCode("（二）").id, "1211:B1");
    expect(pendingSuggestionCount(nodes)).toBeGreaterThanOrEqual(1);
    for (const code of ["（一）", "（二）", "（三）"]) nodes = updateNode(nodes, byCode(code).id, { leadDepartmentId: sfj });

    const result = await importPlan(await actorFor("supervisor"), toImportInput({ title: "2031年依法行政工作要点", year: 2031, sourceText: text }, nodes));
    const db = await getDb();
    const goalRows = await db.select().from(goals).where(eq(goals.planId, result.planId));
    const goalTags = await goalIndicatorCodes(goalRows.map((g) => g.id));
    const taskRows = await db.select().from(tasks).where(inArray(tasks.goalId, goalRows.map((g) => g.id)));
    const taskTags = await taskIndicatorCodes(taskRows.map((t) => t.id));
    expect(Object.fromEntries(goalRows.map((g) => [g.code, goalTags.get(g.id)]))).toEqual({ "一、": [], "（一）": ["1211:A2"], "（二）": [], "（三）": [] });
    expect(Object.fromEntries(taskRows.map((t) => [t.title, taskTags.get(t.id)]))).toEqual({
      全面落实行政执法责任制: ["1211:A2"],
      开展法治政府建设示范创建活动: [],
      深化简政放权改革: [],
    });
  });
});
