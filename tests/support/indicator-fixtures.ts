import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { frameworkIndicators, indicatorFrameworks, taskIndicatorTags } from "@/db/schema";

/** A workbook with the indicator sheet's four columns and these rows. */
export async function indicatorWorkbook(rows: (string | number | null)[][], headers = ["指标编码", "指标名称", "级别", "上级编码"]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("指标");
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function frameworkByCode(code: string) {
  const db = await getDb();
  const [row] = await db.select().from(indicatorFrameworks).where(eq(indicatorFrameworks.code, code));
  if (!row) throw new Error(`no framework ${code}`);
  return row;
}

export async function indicatorByCode(frameworkCode: string, code: string) {
  const framework = await frameworkByCode(frameworkCode);
  const db = await getDb();
  const rows = await db.select().from(frameworkIndicators).where(eq(frameworkIndicators.frameworkId, framework.id));
  const row = rows.find((r) => r.code === code);
  if (!row) throw new Error(`no indicator ${frameworkCode}:${code}`);
  return row;
}

/** Tags a task directly in the table (tagging through the task form is another door, tested elsewhere). */
export async function tagTask(taskId: string, indicatorId: string) {
  const db = await getDb();
  await db.insert(taskIndicatorTags).values({ taskId, indicatorId }).onConflictDoNothing();
}
