import { and, asc, eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { type AbstractIntlMessages, createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, milestones, tasks } from "@/db/schema";
import type { TTranslator } from "@/lib/http/problem";
import { TEMPLATE_COLUMNS } from "@/lib/domain/task-workbook/columns";
import { translateImportIssues } from "@/lib/services/tasks/import-issues";
import { buildImportTemplate } from "@/lib/services/tasks/import-template";
import { importTasks } from "@/lib/services/tasks/import-tasks";
import zh from "@/messages/zh-CN";
import { actorFor, departmentId, refusal } from "../support/fixtures";
import { arrayBufferOf, departmentsOf, exportWorkbook, seedLedger, taskCount, workbookBytes } from "../support/excel-ledger";

let goal: { id: string; label: string };
beforeAll(async () => {
  goal = await seedLedger();
});

describe("importing tasks", () => {
  it("imports an exported 台账 back as equivalent drafts, audited", async () => {
    const supervisor = await actorFor("supervisor");
    const exported = await exportWorkbook(supervisor, { status: ["in_progress", "assigned"] });
    expect(exported.rows).toBe(2);
    const result = await importTasks(supervisor, { name: "任务台账.xlsx", bytes: exported.bytes });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.created).toBe(2);
    const db = await getDb();
    const created = await db.select().from(tasks).where(inArray(tasks.id, result.taskIds));
    const originals = await db.select().from(tasks).where(inArray(tasks.title, created.map((t) => t.title)));
    for (const task of created) {
      const original = originals.find((o) => o.title === task.title && o.id !== task.id)!;
      expect(task).toMatchObject({ status: "draft", goalId: original.goalId, dueDate: original.dueDate, createdBy: supervisor.id });
      expect(await departmentsOf(task.id)).toEqual(await departmentsOf(original.id));
    }
    expect(created.find((t) => t.title === "台账导出示范任务")!.goalId).toBe(goal.id);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, "task.import"));
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ count: 2, fileName: "任务台账.xlsx" });
    const createEvents = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "task.create"), inArray(auditEvents.entityId, result.taskIds)));
    expect(createEvents).toHaveLength(2);
  });

  it("serves a template with instructions and drop-down lists that imports as filled in", async () => {
    const supervisor = await actorFor("supervisor");
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(arrayBufferOf(await buildImportTemplate(supervisor)));
    expect(template.worksheets.map((s) => s.name)).toEqual(["任务", "填写说明", "单位", "条目", "指标"]);
    expect(template.getWorksheet("指标")!.getRow(2).values).toEqual([undefined, "1211:A", "两抓手", "“1211”法治政府建设推进机制"]);
    const sheet = template.getWorksheet("任务")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...TEMPLATE_COLUMNS.map((c) => c.header)]);
    expect(sheet.getCell("D2").dataValidation).toMatchObject({ type: "list", formulae: ["'单位'!$A$2:$A$38"] });
    expect(sheet.getCell("H2").dataValidation).toMatchObject({ type: "list", formulae: ['"低,普通,重要,紧急"'] });
    expect(sheet.getCell("F2").dataValidation).toMatchObject({ type: "date" });
    expect(template.getWorksheet("单位")!.getCell("A3").value).toBe("区司法局");

    sheet.getRow(2).values = ["模板导入任务一", "按模板填写的内容", goal.label, "区司法局", "区财政局、区审计局", new Date(Date.UTC(2030, 11, 31)), "2030/1/5", "重要", "完成调研 2030-03-31\n形成初稿"];
    sheet.getRow(3).values = ["模板导入任务二", null, null, "区市场监督管理局", null, "2030-07-01"];
    const result = await importTasks(supervisor, { name: "模板.xlsx", bytes: new Uint8Array(await template.xlsx.writeBuffer()) });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.created).toBe(2);
    const db = await getDb();
    const [first] = await db.select().from(tasks).where(eq(tasks.title, "模板导入任务一"));
    expect(first).toMatchObject({ status: "draft", description: "按模板填写的内容", goalId: goal.id, dueDate: "2030-12-31", startDate: "2030-01-05", priority: "high" });
    expect(await departmentsOf(first!.id)).toEqual({
      lead: await departmentId("区司法局"),
      cooperating: [await departmentId("区财政局"), await departmentId("区审计局")].sort(),
    });
    const steps = await db.select().from(milestones).where(eq(milestones.taskId, first!.id)).orderBy(asc(milestones.sortOrder));
    expect(steps.map((m) => [m.title, m.dueDate])).toEqual([
      ["完成调研", "2030-03-31"],
      ["形成初稿", null],
    ]);
    const [second] = await db.select().from(tasks).where(eq(tasks.title, "模板导入任务二"));
    expect(second).toMatchObject({ priority: "normal", dueDate: "2030-07-01", goalId: null });
  });

  it("creates nothing when a row fails, and reports each problem by row and column", async () => {
    const supervisor = await actorFor("supervisor");
    const header = TEMPLATE_COLUMNS.map((c) => c.header);
    const bytes = await workbookBytes(header, [
      ["正常的一行", null, null, "区司法局", null, "2030-06-30"],
      ["单位不存在", null, null, "区不存在局", "区财政局、区不明办", "2030-06-30"],
      ["日期无效", null, null, "区司法局", null, "2030-02-30"],
      [null, "缺少名称", null, "区司法局", null, new Date(Date.UTC(2030, 5, 30))],
      ["名称过长".repeat(60), null, "没有这个条目", "区司法局", "区司法局", "明年", "2030-01-01", "特急"],
    ]);
    const before = await taskCount();
    const result = await importTasks(supervisor, { name: "有错误.xlsx", bytes });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { row: 3, column: "牵头单位*", key: "taskImportErrors.departmentUnknown", params: { name: "区不存在局" } },
      { row: 3, column: "配合单位", key: "taskImportErrors.departmentUnknown", params: { name: "区不明办" } },
      { row: 4, column: "完成时限*", key: "taskImportErrors.invalidDate", params: { value: "2030-02-30" } },
      { row: 5, column: "任务名称*", key: "validation.required" },
      { row: 6, column: "完成时限*", key: "taskImportErrors.invalidDate", params: { value: "明年" } },
      { row: 6, column: "所属条目编号或名称", key: "taskImportErrors.goalUnknown", params: { value: "没有这个条目" } },
      { row: 6, column: "优先级", key: "taskImportErrors.priorityUnknown", params: { value: "特急" } },
      { row: 6, column: "任务名称*", key: "validation.tooLong", params: { n: "200" } },
      { row: 6, column: "配合单位", key: "validation.leadAlsoCooperating" },
    ]);
    expect(await taskCount()).toBe(before);
    // The route's root translator for the Chinese catalogue (whose keys next-intl types; ours are run-time strings).
    const t = createTranslator({ locale: "zh-CN", messages: zh as AbstractIntlMessages }) as unknown as TTranslator;
    const messages = translateImportIssues(result.issues, t).map((e) => e.message);
    expect(messages[0]).toBe("找不到启用的单位“区不存在局”（名称须与系统中完全一致）");
    expect(messages[3]).toBe("此项必填");
    expect(messages[7]).toBe("不能超过 200 个字符");
    expect(messages[8]).toBe("牵头单位不能同时是配合单位");
  });

  it("refuses files that are no task workbook, and sheets over the row limit, before reading rows", async () => {
    const supervisor = await actorFor("supervisor");
    const issue = async (bytes: Uint8Array) => {
      const result = await importTasks(supervisor, { name: "x.xlsx", bytes });
      return result.ok ? null : result.issues;
    };
    expect(await issue(new TextEncoder().encode("任务名称,牵头单位\n一,区司法局\n"))).toEqual([{ row: null, column: null, key: "taskImportErrors.notWorkbook" }]);
    expect(await issue(await workbookBytes(["任务名称*", "牵头单位*"], [["一", "区司法局"]]))).toEqual([
      { row: 1, column: null, key: "taskImportErrors.columnMissing", params: { column: "完成时限*" } },
    ]);
    expect(await issue(await workbookBytes(["名称", "单位"], [["一", "区司法局"]]))).toEqual([{ row: null, column: null, key: "taskImportErrors.noTaskSheet", params: { rows: 10 } }]);
    expect(await issue(await workbookBytes(["任务名称*", "牵头单位*", "完成时限*"], []))).toEqual([{ row: null, column: null, key: "taskImportErrors.noRows" }]);
    const many = Array.from({ length: 5_001 }, (_, i) => [`任务${i}`, "区司法局", "2030-06-30"]);
    expect(await issue(await workbookBytes(["任务名称*", "牵头单位*", "完成时限*"], many))).toEqual([
      { row: null, column: null, key: "taskImportErrors.tooManyRows", params: { max: 5_000, n: 5_001 } },
    ]);
  });

  it("refuses a leader (who may not create tasks), for the import and the template", async () => {
    const leader = await actorFor("leader");
    const bytes = await workbookBytes(["任务名称*", "牵头单位*", "完成时限*"], [["领导导入", "区司法局", "2030-06-30"]]);
    const before = await taskCount();
    await refusal(importTasks(leader, { name: "x.xlsx", bytes }), "FORBIDDEN");
    await refusal(buildImportTemplate(leader), "FORBIDDEN");
    expect(await taskCount()).toBe(before);
  });
});
