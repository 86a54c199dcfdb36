import { inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { type AbstractIntlMessages, createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { tasks } from "@/db/schema";
import type { TTranslator } from "@/lib/http/problem";
import { translateImportIssues } from "@/lib/services/tasks/import-issues";
import { importTasks } from "@/lib/services/tasks/import-tasks";
import zh from "@/messages/zh-CN";
import { actorFor } from "../support/fixtures";
import { seedLedger, taskCount } from "../support/excel-ledger";

const HEADER = ["序号", "任务名称*", "牵头单位*", "完成时限*"];

/** A 台账 as offices keep them: a merged title, a 填报单位 line, a blank row, then the header. */
async function ledgerWithTitle(headerRow: number, rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  sheet.getCell("A1").value = "2026年法治政府建设任务台账";
  sheet.mergeCells(1, 1, 1, HEADER.length);
  if (headerRow > 2) sheet.getCell("A2").value = "填报单位：区司法局（盖章）      填报日期：2026年3月1日";
  sheet.getRow(headerRow).values = HEADER;
  rows.forEach((row, i) => (sheet.getRow(headerRow + 1 + i).values = row));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  await seedLedger();
});

describe("importing a 台账 with a title above its header", () => {
  it("finds the header under a merged title row and imports the rows below it", async () => {
    const supervisor = await actorFor("supervisor");
    for (const headerRow of [2, 4]) {
      const bytes = await ledgerWithTitle(headerRow, [
        [1, `标题行下的任务甲${headerRow}`, "区司法局", "2030-06-30"],
        [2, `标题行下的任务乙${headerRow}`, "区司法局", "2030-09-30"],
      ]);
      const result = await importTasks(supervisor, { name: "台账.xlsx", bytes });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const created = await (await getDb()).select({ title: tasks.title }).from(tasks).where(inArray(tasks.id, result.taskIds));
      expect(created.map((t) => t.title).sort()).toEqual([`标题行下的任务乙${headerRow}`, `标题行下的任务甲${headerRow}`].sort());
    }
  });

  it("names problems by the sheet's own row numbers, below the found header", async () => {
    const supervisor = await actorFor("supervisor");
    const result = await importTasks(supervisor, { name: "台账.xlsx", bytes: await ledgerWithTitle(4, [[1, "", "区司法局", "2030-06-30"]]) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ row: 5, column: "任务名称*", key: "validation.required" }]);
  });

  it("says clearly when no header is found in the first rows, and creates nothing", async () => {
    const supervisor = await actorFor("supervisor");
    const before = await taskCount();
    const result = await importTasks(supervisor, { name: "台账.xlsx", bytes: await ledgerWithTitle(12, [[1, "太靠下的任务", "区司法局", "2030-06-30"]]) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ row: null, column: null, key: "taskImportErrors.noTaskSheet", params: { rows: 10 } }]);
    const t = createTranslator({ locale: "zh-CN", messages: zh as AbstractIntlMessages }) as unknown as TTranslator;
    expect(translateImportIssues(result.issues, t)[0]!.message).toContain("前 10 行中找不到表头");
    expect(await taskCount()).toBe(before);
  });
});
