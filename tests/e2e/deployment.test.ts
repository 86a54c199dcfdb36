import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, see, signInAs, skipReason, useBrowser } from "./support/browser";
import { startNginxProxy, type TProxy } from "./support/nginx-proxy";

// Issue 10: deployed anywhere but http://localhost:PORT, every upload and
// import was refused as "no permission" and signing out went to localhost.
// The same journeys run behind nginx with TLS under a host name that is not
// localhost (the repository's deploy/nginx/dudao-proxy.conf), and directly at
// http://127.0.0.1:PORT. The suite's app knows neither address (no APP_URL).
const HOST = "dudao.test";
const PASSWORD = "Demo#2026";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const PLAN = ["梁园区部署检查工作方案", "一、规范行政执法行为", "（一）全面推行行政执法三项制度。（牵头单位：区司法局；完成时限：6月底前）"].join("\n");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function workbook(title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("任务");
  sheet.addRow(["任务名称*", "牵头单位*", "完成时限*"]);
  sheet.addRow([title, "区司法局", "2030-06-30"]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const originOf = (page: Page) => new URL(page.url()).origin;

describe.skipIf(!!skipReason())("deployed behind a TLS proxy and at another address", () => {
  const browser = useBrowser({ args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`, "--ignore-certificate-errors"] });
  let proxy: TProxy | undefined;

  beforeAll(async () => {
    proxy = await startNginxProxy(HOST, Number(new URL(baseUrl()).port));
  });
  afterAll(async () => {
    await proxy?.stop();
  });

  const places = [
    { name: "https through nginx", base: () => proxy!.origin, secure: true },
    { name: "http at 127.0.0.1", base: () => `http://127.0.0.1:${new URL(baseUrl()).port}`, secure: false },
  ];

  async function signedIn(base: string, account: string, secure: boolean): Promise<Page> {
    const page = await browser.newPage({ baseURL: base });
    await signInAs(page, account, PASSWORD);
    await page.waitForURL("**/workbench");
    expect(originOf(page)).toBe(base);
    // The suite's app holds the demo district: every page says so.
    await see(page.getByRole("note").filter({ hasText: "演示数据" }));
    const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject(secure ? { name: "__Secure-next-auth.session-token", secure: true } : { name: "next-auth.session-token", secure: false });
    return page;
  }

  async function signOut(page: Page, base: string): Promise<void> {
    await page.getByRole("button", { name: "退出" }).first().click();
    await page.waitForURL("**/login**");
    expect(originOf(page)).toBe(base);
    expect((await page.context().cookies()).some((c) => c.name.endsWith("next-auth.session-token"))).toBe(false);
  }

  for (const place of places) {
    it(`${place.name}: an officer signs in, reports progress with an evidence file, and signs out`, async () => {
      const base = place.base();
      const page = await signedIn(base, "sfj_officer", place.secure);
      await page.goto("/tasks?status=in_progress&sort=due");
      const row = page.locator("tbody tr").filter({ has: page.getByRole("cell", { name: "区司法局", exact: true }) });
      await row.first().locator("a").first().click();
      await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
      await page.getByLabel("进展情况").fill(`部署检查：${place.name}`);
      const name = `佐证-${place.secure ? "https" : "http"}.pdf`;
      await page.getByRole("form", { name: "报送进展" }).locator('input[type="file"]').setInputFiles({ name, mimeType: "application/pdf", buffer: PDF });
      await see(page.getByText(/已上传/));
      await page.getByRole("button", { name: "报送", exact: true }).click();
      const link = page.getByRole("link", { name: new RegExp(name.replace(".", "\\.")) });
      await see(link);
      const download = page.waitForEvent("download");
      await link.first().click();
      expect((await download).suggestedFilename()).toBe(name);
      await signOut(page, base);
    });

    it(`${place.name}: the supervisor imports an Excel file and a plan file, downloads an export, and signs out`, async () => {
      const base = place.base();
      const page = await signedIn(base, "supervisor", place.secure);
      const title = `部署检查任务-${place.secure ? "https" : "http"}`;
      await page.goto("/tasks/import");
      await page.getByLabel("Excel 文件").setInputFiles({ name: "任务.xlsx", mimeType: XLSX, buffer: await workbook(title) });
      await page.getByRole("button", { name: "导入", exact: true }).click();
      await see(page.getByText(/已导入 1 项任务/));

      await page.goto("/plans/import");
      await page.locator('input[type="file"]').setInputFiles({ name: "工作方案.txt", mimeType: "text/plain", buffer: Buffer.from(PLAN, "utf8") });
      await see(page.getByText(/已读取 工作方案\.txt/));
      await page.getByRole("button", { name: "解析", exact: true }).click();
      await see(page.getByRole("heading", { name: "第二步：核对条目" }));

      await page.goto("/tasks?status=draft");
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "导出台账", exact: true }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^任务台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const exported = new ExcelJS.Workbook();
      await exported.xlsx.readFile((await file.path())!);
      const titles = exported.getWorksheet("台账")!.getColumn(2).values;
      expect(titles).toContain(title);
      await signOut(page, base);
    });
  }

  it("records the connection's address in the audit log, not a peer header the browser forged", async () => {
    const base = places[1]!.base();
    const page = await browser.newPage({ baseURL: base });
    await page.setExtraHTTPHeaders({ "x-dudao-peer": "203.0.113.77" });
    await signInAs(page, "admin", PASSWORD);
    await page.waitForURL("**/workbench");
    await page.goto("/admin/audit");
    const table = page.locator("table");
    await see(table.getByText("127.0.0.1"));
    expect(await table.textContent()).not.toContain("203.0.113.77");
  });
});
