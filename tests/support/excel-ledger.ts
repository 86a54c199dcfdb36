// The task ledger (台账) the Excel export and import tests share: its data and
// the helpers that read a workbook back.
import { PassThrough } from "node:stream";
import { asc, count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { getDb } from "@/db";
import { goals, notices, noticeTasks, taskDepartments, tasks } from "@/db/schema";
import type { TTaskFilter } from "@/db/queries/tasks/list-tasks";
import type { TActor } from "@/lib/domain/actor";
import { EXPORT_COLUMNS } from "@/lib/domain/task-workbook/columns";
import type { TWarningContext } from "@/lib/domain/warning";
import { exportTasks } from "@/lib/services/tasks/export-tasks";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { actorFor, departmentId, seedDemoData } from "./fixtures";
import { makeTask } from "./task-fixtures";

export const context: TWarningContext = { today: "2030-05-15", timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } };
export const LONG_NOTE = `${"已完成行政执法公示平台建设。".repeat(40)}结尾`;

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

/**
 * The demo district plus four tasks of 2030 and three notices: the ledger both
 * the export and the import tests read. Returns the goal the first task serves.
 */
export async function seedLedger(): Promise<{ id: string; label: string }> {
  await seedDemoData();
  const db = await getDb();
  const [item] = await db.select().from(goals).where(eq(goals.kind, "item")).orderBy(asc(goals.sortOrder)).limit(1);
  const goal = { id: item!.id, label: `${item!.code}${item!.title}` };
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
  return goal;
}

export function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

export async function exportWorkbook(actor: TActor, filter: TTaskFilter, batchSize = 2) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const { rows } = await exportTasks(actor, filter, context, output, { batchSize });
  const bytes = new Uint8Array(Buffer.concat(chunks));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(arrayBufferOf(bytes));
  return { rows, bytes, sheet: workbook.getWorksheet("台账")! };
}

export const columnOf = (header: string) => EXPORT_COLUMNS.findIndex((c) => c.header === header) + 1;
export const dataRows = (sheet: ExcelJS.Worksheet) => sheet.getRows(2, sheet.rowCount - 1) ?? [];
export const titlesOf = (sheet: ExcelJS.Worksheet) => dataRows(sheet).map((row) => String(row.getCell(columnOf("任务")).value));
export const rowFor = (sheet: ExcelJS.Worksheet, title: string) => dataRows(sheet).find((row) => row.getCell(columnOf("任务")).value === title)!;

export async function workbookBytes(header: string[], rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("任务");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function taskCount() {
  const [row] = await (await getDb()).select({ n: count() }).from(tasks);
  return Number(row!.n);
}

export async function departmentsOf(taskId: string) {
  const rows = await (await getDb()).select().from(taskDepartments).where(eq(taskDepartments.taskId, taskId));
  return { lead: rows.find((r) => r.role === "lead")?.departmentId ?? null, cooperating: rows.filter((r) => r.role === "cooperating").map((r) => r.departmentId).sort() };
}

