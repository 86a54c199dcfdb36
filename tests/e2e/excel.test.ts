import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { see, seeText, signInAs, skipReason, useBrowser } from "./support/browser";

const PASSWORD = "Demo#2026";

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

async function workbookBytes(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("任务");
  sheet.addRow(["任务名称*", "牵头单位*", "完成时限*"]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.skipIf(!!skipReason())("Excel in the browser", () => {
  const browser = useBrowser();

  it("the supervisor exports a filtered task list: the download is a workbook with the list's rows", async () => {
    const page = await browser.newPage();
    await signInAs(page, "supervisor", PASSWORD);
    await page.waitForURL("**/workbench");
    await page.goto("/tasks?status=in_progress");
    const total = Number(/共 (\d+) 项/.exec((await page.getByText(/共 \d+ 项/).textContent()) ?? "")?.[1]);
    expect(total).toBeGreaterThan(0);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "导出台账", exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^任务台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(readFileSync((await file.path())!)));
    const sheet = workbook.getWorksheet("台账")!;
    expect(sheet.getRow(1).getCell(2).value).toBe("任务");
    expect(sheet.actualRowCount - 1).toBe(total);
    const statuses = new Set(sheet.getColumn(8).values.slice(2));
    expect([...statuses]).toEqual(["办理中"]);
  });

  it("the supervisor imports a workbook: a bad row is listed and nothing created, a good file creates drafts", async () => {
    const page = await browser.newPage();
    await signInAs(page, "supervisor", PASSWORD);
    await page.waitForURL("**/workbench");
    await page.goto("/tasks");
    await page.getByRole("link", { name: "导入任务", exact: true }).click();
    await page.waitForURL("**/tasks/import");
    await see(page.getByRole("link", { name: "下载模板", exact: true }));

    const input = page.getByLabel("Excel 文件");
    await input.setInputFiles({
      name: "有错误.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await workbookBytes([
        ["浏览器导入任务甲", "区司法局", "2030-06-30"],
        ["浏览器导入任务乙", "区不存在局", "2030-06-30"],
      ]),
    });
    await page.getByRole("button", { name: "导入", exact: true }).click();
    await see(page.getByText(/发现 1 处问题，未导入任何任务/));
    const problem = page.getByRole("table", { name: "问题列表" }).locator("tbody tr");
    await seeText(problem, /3\s*牵头单位\*\s*找不到启用的单位“区不存在局”/);

    await input.setInputFiles({
      name: "正确.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await workbookBytes([
        ["浏览器导入任务甲", "区司法局", "2030-06-30"],
        ["浏览器导入任务乙", "区财政局", "2030/7/1"],
      ]),
    });
    await page.getByRole("button", { name: "导入", exact: true }).click();
    await see(page.getByText(/已导入 2 项任务/));
    await page.getByRole("link", { name: "查看草稿任务" }).click();
    await page.waitForURL("**/tasks?status=draft**");
    await see(page.getByRole("link", { name: "浏览器导入任务乙" }));
    await see(page.getByRole("link", { name: "浏览器导入任务甲" }));
  });
});
