import { readFile } from "node:fs/promises";
import { docxText } from "../support/docx-parts";
import { describe, expect, it } from "vitest";
import { see, signInAs, skipReason, useBrowser } from "./support/browser";

const PASSWORD = "Demo#2026";
const DEMO_PLAN = "梁园区2022年度法治政府建设工作安排";
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe.skipIf(!!skipReason())("the year's report and the monthly circular in the browser", () => {
  const browser = useBrowser();

  it("a supervisor generates the annual report, traces and edits a paragraph, exports the .docx and prints it", async () => {
    const page = await browser.newPage({ width: 1366, height: 900 });
    await signInAs(page, "supervisor", PASSWORD);
    await page.waitForURL("**/workbench");
    await page.goto("/plans");
    // The demo district's plan by name: other e2e files import plans of their own into the same app.
    await page.locator("tbody").getByRole("link", { name: DEMO_PLAN }).first().click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    const planUrl = page.url();
    await page.getByRole("link", { name: "生成年度报告" }).click();
    await page.waitForURL(`${planUrl}/report`);
    await see(page.getByRole("heading", { name: "梁园区关于2022年度法治政府建设情况的报告" }));
    await see(page.getByRole("heading", { name: "一、主要举措和成效" }));
    await see(page.getByRole("heading", { name: "二、存在的问题和不足" }));
    await see(page.getByRole("heading", { name: "三、2023年工作打算" }));

    // A work item's paragraph names its task: the link opens it.
    const source = page.locator('[data-paragraph^="t:"] a[data-trace]').first();
    const href = (await source.getAttribute("href"))!;
    expect(href).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);
    // Its hover text is that task's title, as the task's own page shows it.
    const title = (await source.getAttribute("title"))!;
    expect(title.length).toBeGreaterThan(1);
    expect(await (await page.request.get(href)).text()).toContain(title);

    // The author rewrites the opening; it stays after a reload.
    const opening = page.locator('[data-paragraph="opening"]');
    await opening.getByRole("button", { name: "编辑本段" }).click();
    await opening.getByLabel("段落内容").fill("2022年，梁园区扎实推进法治政府建设，年度任务总体按计划推进。");
    await opening.getByRole("button", { name: "保存" }).click();
    await see(opening.getByText("已修改"));
    await page.reload();
    await see(page.locator('[data-paragraph="opening"]').getByText("年度任务总体按计划推进"));

    // The .docx carries the edit.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 Word（.docx）" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const value = await docxText(await readFile((await download.path())!));
    expect(value).toContain("年度任务总体按计划推进");

    // The print view is A4, without the editing controls.
    await page.goto(`${planUrl}/report/print`);
    await see(page.getByRole("heading", { name: "梁园区关于2022年度法治政府建设情况的报告" }));
    expect(await page.getByRole("button", { name: "编辑本段" }).count()).toBe(0);
    await page.emulateMedia({ media: "print" });
    expect(pdfPages(await page.pdf({ format: "A4", printBackground: true }))).toBeGreaterThan(1);
  });

  it("a supervisor drafts the month's circular, numbers and issues it, and prints it", async () => {
    const page = await browser.newPage({ width: 1366, height: 900 });
    await signInAs(page, "supervisor", PASSWORD);
    await page.waitForURL("**/workbench");
    await page.goto("/notices");
    await page.getByRole("button", { name: "生成月度通报" }).click();
    await page.waitForURL(/\/notices\/[0-9a-f-]{36}$/);
    const noticeUrl = page.url();
    await see(page.getByText(/法治政府建设任务推进情况的通报/).first());
    await expect.poll(() => page.getByLabel("正文").inputValue()).toContain("一、总体情况");
    await page.getByRole("button", { name: "编号并发出" }).click();
    await see(page.locator('[data-notice-status="issued"]'));
    await page.goto(`${noticeUrl}/print`);
    await see(page.getByRole("heading", { level: 1, name: /法治政府建设任务推进情况的通报/ }));
    await see(page.getByText(/梁法督〔\d{4}〕\d+号/));
    // A circular informs; it sets no answer date.
    expect(await page.getByText(/前书面反馈办理情况/).count()).toBe(0);
    await page.emulateMedia({ media: "print" });
    expect(pdfPages(await page.pdf({ format: "A4", printBackground: true }))).toBeGreaterThanOrEqual(1);
  });

  it("a leader reads the report on a 375 px phone, without editing and without sideways scrolling", async () => {
    const page = await browser.newPage({ width: 375, height: 800 });
    await signInAs(page, "leader", PASSWORD);
    await page.waitForURL("**/tasks/overdue");
    await page.goto("/plans");
    // The demo district's plan by name: other e2e files import plans of their own into the same app.
    await page.locator("tbody").getByRole("link", { name: DEMO_PLAN }).first().click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    await page.getByRole("link", { name: "生成年度报告" }).click();
    await see(page.getByRole("heading", { name: "二、存在的问题和不足" }));
    expect(await page.getByRole("button", { name: "编辑本段" }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
