import { PassThrough } from "node:stream";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { type AbstractIntlMessages, createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, goals, milestones, notices, noticeTasks, taskDepartments, tasks } from "@/db/schema";
import { listTasks, type TTaskFilter } from "@/db/queries/tasks/list-tasks";
import type { TActor } from "@/lib/domain/actor";
import type { TTranslator } from "@/lib/http/problem";
import { EXPORT_COLUMNS, TEMPLATE_COLUMNS } from "@/lib/domain/task-workbook/columns";
import type { TWarningContext } from "@/lib/domain/warning";
import { exportTasks } from "@/lib/services/tasks/export-tasks";
import { translateImportIssues } from "@/lib/services/tasks/import-issues";
import { buildImportTemplate } from "@/lib/services/tasks/import-template";
import { importTasks } from "@/lib/services/tasks/import-tasks";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import zh from "@/messages/zh-CN";
import { actorFor, departmentId, refusal, seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

const context: TWarningContext = { today: "2030-05-15", timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } };
const LONG_NOTE = `${"已完成行政执法公示平台建设。".repeat(40)}结尾`;

let goal: { id: string; label: string };

async function insertNotice(seq: number, status: "issued" | "draft", taskIds: string[]) {
  const db = await getDb();
  const [notice] = await db
    .insert(notices)
    .values({
      kind: "urge",
      status,
      content: "请加快推进",
      ...(status === "draft" ? {} : { prefix: "梁法督", year: 2030, seq, number: `梁法督〔2030〕${seq}号` }),
    })
    .returning({ id: notices.id });
  await db.insert(noticeTasks).values(taskIds.map((taskId) => ({ noticeId: notice!.id, taskId })));
}

beforeAll(async () => {
  await seedDemoData();
  const db = await getDb();
  const [item] = await db.select().from(goals).where(eq(goals.kind, "item")).orderBy(asc(goals.sortOrder)).limit(1);
  goal = { id: item!.id, label: `${item!.code}${item!.title}` };
  const finance = await departmentId("区财政局");
  const audit = await departmentId("区审计局");
  const led = await makeTask("in_progress", {
    title: "台账导出示范任务",
    goalId: goal.id,
    cooperatingDepartmentIds: [audit, finance],
    startDate: "2030-05-01",
    dueDate: "2030-06-30",
  });
  await reportProgress(await actorFor("sfj_officer"), { id: led.id, version: led.version, percent: 60, note: LONG_NOTE, attachmentIds: [] });
  const market = await makeTask("assigned", {
    title: "市场监管局牵头任务",
    leadDepartmentId: await departmentId("区市场监督管理局"),
    cooperatingDepartmentIds: [],
    dueDate: "2030-05-10",
  });
  await makeTask("draft", { title: "尚未下发的草稿", dueDate: "2030-09-30" });
  await makeTask("completed", { title: "已办结的任务", dueDate: "2030-03-31" });
  // 督办次数 counts issued notices only: two name the led task, a draft does not count.
  await insertNotice(1, "issued", [led.id]);
  await insertNotice(2, "issued", [led.id, market.id]);
  await insertNotice(0, "draft", [led.id]);
});

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

async function exportWorkbook(actor: TActor, filter: TTaskFilter, batchSize = 2) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const { rows } = await exportTasks(actor, filter, context, output, { batchSize });
  const bytes = new Uint8Array(Buffer.concat(chunks));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(arrayBufferOf(bytes));
  return { rows, bytes, sheet: workbook.getWorksheet("台账")! };
}

const columnOf = (header: string) => EXPORT_COLUMNS.findIndex((c) => c.header === header) + 1;
const dataRows = (sheet: ExcelJS.Worksheet) => sheet.getRows(2, sheet.rowCount - 1) ?? [];
const titlesOf = (sheet: ExcelJS.Worksheet) => dataRows(sheet).map((row) => String(row.getCell(columnOf("任务")).value));
const rowFor = (sheet: ExcelJS.Worksheet, title: string) => dataRows(sheet).find((row) => row.getCell(columnOf("任务")).value === title)!;

async function workbookBytes(header: string[], rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("任务");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function taskCount() {
  const [row] = await (await getDb()).select({ n: count() }).from(tasks);
  return Number(row!.n);
}

async function departmentsOf(taskId: string) {
  const rows = await (await getDb()).select().from(taskDepartments).where(eq(taskDepartments.taskId, taskId));
  return { lead: rows.find((r) => r.role === "lead")?.departmentId ?? null, cooperating: rows.filter((r) => r.role === "cooperating").map((r) => r.departmentId).sort() };
}

describe("exporting the 台账", () => {
  it("writes every task of the list, in its order, with the 台账 headers, frozen and filterable", async () => {
    const supervisor = await actorFor("supervisor");
    const { rows, sheet } = await exportWorkbook(supervisor, {});
    const list = await listTasks(supervisor, { limit: 200 }, context);
    expect(rows).toBe(list.total);
    expect(titlesOf(sheet)).toEqual(list.items.map((i) => i.title));
    expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS.map((c) => c.header)]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:L1");
    expect(sheet.getColumn(columnOf("任务")).width).toBe(40);
    // It prints as is: A4 landscape, every column on the page width, the header on every page, long text wrapped.
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe("1:1");
    expect(dataRows(sheet)[0]!.getCell(columnOf("任务")).alignment).toMatchObject({ wrapText: true });
    expect(dataRows(sheet).map((row) => row.getCell(1).value)).toEqual(list.items.map((_, i) => i + 1));
  });

  it("writes dates as date cells, progress as a percentage, Chinese words, the latest note cut to 500 characters and the notice count", async () => {
    const { sheet } = await exportWorkbook(await actorFor("supervisor"), {});
    const row = rowFor(sheet, "台账导出示范任务");
    const due = row.getCell(columnOf("完成时限"));
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect(due.value).toEqual(new Date(Date.UTC(2030, 5, 30)));
    expect(due.numFmt).toBe("yyyy-mm-dd");
    const progress = row.getCell(columnOf("进度"));
    expect(progress.value).toBe(0.6);
    expect(progress.numFmt).toBe("0%");
    expect(row.getCell(columnOf("所属条目")).value).toBe(goal.label);
    expect(row.getCell(columnOf("牵头单位")).value).toBe("区司法局");
    expect(row.getCell(columnOf("配合单位")).value).toBe("区财政局、区审计局");
    expect(row.getCell(columnOf("状态")).value).toBe("办理中");
    expect(row.getCell(columnOf("预警")).value).toBe("绿灯");
    const note = String(row.getCell(columnOf("最新进展")).value);
    expect(note).toHaveLength(500);
    expect(note).toBe(`${LONG_NOTE.slice(0, 499)}…`);
    expect(row.getCell(columnOf("督办次数")).value).toBe(2);
    const market = rowFor(sheet, "市场监管局牵头任务");
    expect(market.getCell(columnOf("督办次数")).value).toBe(1);
    expect(market.getCell(columnOf("预警")).value).toBe("红灯");
    expect(market.getCell(columnOf("最新进展")).value).toBeNull();
    expect(rowFor(sheet, "已办结的任务").getCell(columnOf("状态")).value).toBe("已办结");
  });

  it("applies the list's filters", async () => {
    const supervisor = await actorFor("supervisor");
    expect(titlesOf((await exportWorkbook(supervisor, { status: ["in_progress"] })).sheet)).toEqual(["台账导出示范任务"]);
    expect(titlesOf((await exportWorkbook(supervisor, { warning: "red" })).sheet)).toEqual(["市场监管局牵头任务"]);
    expect(titlesOf((await exportWorkbook(supervisor, { q: "草稿" })).sheet)).toEqual(["尚未下发的草稿"]);
    const empty = await exportWorkbook(supervisor, { q: "没有这样的任务" });
    expect(empty.rows).toBe(0);
    expect(empty.sheet.getRow(1).getCell(2).value).toBe("任务");
  });

  it("gives a department user only its department's published tasks", async () => {
    const officer = await exportWorkbook(await actorFor("sfj_officer"), {});
    expect(titlesOf(officer.sheet).sort()).toEqual(["台账导出示范任务", "已办结的任务"].sort());
    const market = await exportWorkbook(await actorFor("scj_officer"), {});
    expect(titlesOf(market.sheet)).toEqual(["市场监管局牵头任务"]);
    // A department filter cannot widen the scope.
    const widened = await exportWorkbook(await actorFor("scj_officer"), { departmentId: await departmentId("区司法局") });
    expect(widened.rows).toBe(0);
  });
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
    expect(template.worksheets.map((s) => s.name)).toEqual(["任务", "填写说明", "单位", "条目"]);
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
    expect(await issue(await workbookBytes(["名称", "单位"], [["一", "区司法局"]]))).toEqual([{ row: null, column: null, key: "taskImportErrors.noTaskSheet" }]);
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
